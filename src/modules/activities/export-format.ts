/** Columns of the CSV export, in order (documented in the OpenAPI description and docs/ACTIVITIES.md). */
export const EXPORT_COLUMNS = [
  "id", "external_ref", "title", "title_language", "type", "ip_areas", "start_date", "end_date", "venue_country", "online",
  "beneficiary_countries", "total_participants", "languages", "funding_type", "funding_donor", "modality", "status",
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean | null>;

/**
 * One CSV field (RFC 4180). A leading =, +, - or @ is prefixed with an apostrophe
 * so spreadsheets do not run it as a formula.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(row: ExportRow): string {
  return EXPORT_COLUMNS.map((c) => csvField(row[c])).join(",") + "\r\n";
}
