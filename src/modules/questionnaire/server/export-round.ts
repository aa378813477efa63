import "server-only";
import writeXlsxFile from "write-excel-file/node";
import { csvHeader, csvLines, type CsvValue } from "@/lib/csv-export";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import type { Answers } from "../answers";
import { exportTable, type ExportResponse } from "../export-columns";
import { getRound } from "./rounds";

export interface RoundExport {
  filename: string;
  contentType: string;
  body: Uint8Array;
}

/**
 * Every response of a round (drafts too, marked by their status) as CSV or XLSX, one row per
 * initiative, labels in `lng` (export-columns.ts). The secretariat only: the route checks it.
 */
export async function exportRound(roundId: string, format: "csv" | "xlsx", lng: Locale): Promise<RoundExport> {
  const round = await getRound(roundId);
  const rows = await db().$queryRaw<{ country: string; status: string; reference: string | null; submitted_at: Date | null; answers: Answers }[]>`
    SELECT country, status::text AS status, reference, submitted_at, answers FROM questionnaire_response WHERE round_id = ${roundId}::uuid ORDER BY country`;
  const [t, ta, tc, names] = await Promise.all([getT(lng, "questionnaire"), getT(lng, "activities"), getT(lng, "common"), placeNames(lng)]);
  const responses: ExportResponse[] = rows.map((r) => ({ round: round.name, country: r.country, status: r.status, reference: r.reference, submittedAt: r.submitted_at?.toISOString() ?? null, answers: r.answers }));
  const table = exportTable(round.definition, responses, { lng, t: (k) => t(k), country: names.country, ipArea: (v) => ta(`ipAreas.${v}`), theme: (v) => tc(`themes.${v}`) });
  const filename = `questionnaire-${round.name.replace(/[^A-Za-z0-9_-]/g, "_")}-${lng}.${format}`;
  if (format === "csv") {
    const header = csvHeader(table.headers);
    const keyed = table.rows.map((row) => Object.fromEntries(row.map((v, i) => [String(i), v as CsvValue])));
    const body = header + csvLines(keyed, table.headers.map((_, i) => String(i)));
    return { filename, contentType: "text/csv; charset=utf-8", body: new TextEncoder().encode(body) };
  }
  const sheet = [
    table.headers.map((h) => ({ value: h, fontWeight: "bold" as const })),
    ...table.rows.map((row) => row.map((v) => (v === null ? null : typeof v === "number" ? { value: v, type: Number } : { value: v, type: String }))),
  ];
  const bytes = await writeXlsxFile(sheet as never, { sheet: round.name, stickyRowsCount: 1 } as never).toBuffer();
  return { filename, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body: new Uint8Array(bytes) };
}
