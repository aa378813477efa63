import { csvHeader as header, csvLines as lines } from "@/lib/csv-export";

/** Columns of the CSV export, in order (documented in the OpenAPI description and docs/ACTIVITIES.md). */
export const EXPORT_COLUMNS = [
  "id", "external_ref", "title", "title_language", "type", "ip_areas", "start_date", "end_date", "venue_country", "online",
  "beneficiary_countries", "total_participants", "languages", "funding_type", "funding_donor", "modality", "status",
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean | null>;

/** The first bytes of the export (BOM and header line; src/lib/csv-export.ts writes the CSV). */
export function csvHeader(): string {
  return header(EXPORT_COLUMNS);
}

/** Rows of the export, each ending with CRLF. */
export function csvLines(rows: ExportRow[]): string {
  return lines(rows, EXPORT_COLUMNS);
}
