import { stringify, type Options } from "csv-stringify/sync";

/** Columns of the CSV export, in order (documented in the OpenAPI description and docs/CONSULTANTS.md). */
export const EXPORT_COLUMNS = [
  "id", "full_name", "latin_name", "nationalities", "residence_country", "gender", "organisation", "position", "ip_areas", "skills",
  "sectors", "years_experience", "languages", "availability", "unavailable_until", "travel", "remote", "email", "phone",
  "assignments", "countries_served", "south_south_share", "last_confirmed_at", "stale",
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean | null>;

/**
 * The same CSV as IP-TAD's export (src/modules/activities/export-format.ts): RFC 4180 as
 * spreadsheets read it, CRLF, null as an empty field, booleans true/false, and a text starting
 * with = + - @, a tab or a carriage return (or their full-width forms) defused with an
 * apostrophe so spreadsheets do not run it. Numbers are left alone.
 */
const CSV_OPTIONS: Options = {
  record_delimiter: "\r\n",
  quote_record_delimiter: true,
  escape_formulas: true,
  cast: { boolean: (v: boolean) => String(v) },
};

/** The first bytes of the export: the BOM (spreadsheets then read UTF-8 Arabic and Chinese right) and the header line. */
export function csvHeader(): string {
  return stringify([], { ...CSV_OPTIONS, bom: true, header: true, columns: [...EXPORT_COLUMNS] });
}

/** Rows of the export, each ending with CRLF. */
export function csvLines(rows: ExportRow[]): string {
  return stringify(rows, { ...CSV_OPTIONS, columns: [...EXPORT_COLUMNS] });
}
