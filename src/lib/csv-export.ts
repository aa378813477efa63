import { stringify, type Options } from "csv-stringify/sync";

/**
 * The portal's CSV exports (activities, the roster), RFC 4180 as spreadsheets read it, written
 * by csv-stringify: a field with a comma, quote or line break is quoted and its quotes doubled;
 * lines end with CRLF; null is an empty field, booleans are true/false. `escape_formulas` puts an
 * apostrophe before a text starting with = + - @, a tab or a carriage return (and their
 * full-width forms), so spreadsheets do not run it as a formula; numbers are left alone (-1
 * stays a number).
 */
const CSV_OPTIONS: Options = {
  record_delimiter: "\r\n",
  // Given a record_delimiter, csv-stringify stops quoting fields that hold a lone \n or \r
  // unless told to: a text with a line break would then split its row.
  quote_record_delimiter: true,
  escape_formulas: true,
  cast: { boolean: (v: boolean) => String(v) },
};

export type CsvValue = string | number | boolean | null;

/** The first bytes of an export: the BOM (so spreadsheets read UTF-8 Arabic and Chinese right) and the header line. */
export function csvHeader(columns: readonly string[]): string {
  return stringify([], { ...CSV_OPTIONS, bom: true, header: true, columns: [...columns] });
}

/** Rows of an export in the columns' order, each ending with CRLF. */
export function csvLines<C extends string>(rows: Record<C, CsvValue>[], columns: readonly C[]): string {
  return stringify(rows, { ...CSV_OPTIONS, columns: [...columns] });
}

/** One CSV field as the exports write it. */
export function csvField(value: CsvValue): string {
  return stringify([[value]], { ...CSV_OPTIONS, eof: false });
}
