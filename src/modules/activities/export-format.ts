import { stringify, type Options } from "csv-stringify/sync";

/** Columns of the CSV export, in order (documented in the OpenAPI description and docs/ACTIVITIES.md). */
export const EXPORT_COLUMNS = [
  "id", "external_ref", "title", "title_language", "type", "ip_areas", "start_date", "end_date", "venue_country", "online",
  "beneficiary_countries", "total_participants", "languages", "funding_type", "funding_donor", "modality", "status",
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean | null>;

/**
 * RFC 4180 as spreadsheets read it, written by csv-stringify: a field with a comma, quote or
 * line break is quoted and its quotes doubled; lines end with CRLF; null is an empty field,
 * booleans are true/false. `escape_formulas` puts an apostrophe before a text starting with
 * = + - @, a tab or a carriage return (and their full-width forms), so spreadsheets do not run
 * it as a formula; numbers are left alone (-1 stays a number).
 */
const CSV_OPTIONS: Options = {
  record_delimiter: "\r\n",
  // Given a record_delimiter, csv-stringify stops quoting fields that hold a lone \n or \r
  // unless told to: a title with a line break would then split its row.
  quote_record_delimiter: true,
  escape_formulas: true,
  cast: { boolean: (v: boolean) => String(v) },
};

/** The first bytes of the export: the BOM (so spreadsheets read UTF-8 Arabic and Chinese right) and the header line. */
export function csvHeader(): string {
  return stringify([], { ...CSV_OPTIONS, bom: true, header: true, columns: [...EXPORT_COLUMNS] });
}

/** Rows of the export, each ending with CRLF. */
export function csvLines(rows: ExportRow[]): string {
  return stringify(rows, { ...CSV_OPTIONS, columns: [...EXPORT_COLUMNS] });
}

/** One CSV field as the export writes it. */
export function csvField(value: string | number | boolean | null): string {
  return stringify([[value]], { ...CSV_OPTIONS, eof: false });
}
