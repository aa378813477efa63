import { csvHeader as header, csvLines as lines } from "@/lib/csv-export";

/** Columns of the CSV export, in order (documented in the OpenAPI description and docs/CONSULTANTS.md). */
export const EXPORT_COLUMNS = [
  "id", "full_name", "latin_name", "nationalities", "residence_country", "gender", "organisation", "position", "ip_areas", "skills",
  "sectors", "years_experience", "languages", "availability", "unavailable_until", "travel", "remote", "email", "phone",
  "assignments", "countries_served", "south_south_share", "last_confirmed_at", "stale",
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
