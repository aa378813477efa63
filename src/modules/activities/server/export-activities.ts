import "server-only";
import { db, Prisma } from "@/lib/db";
import type { LocalizedText } from "@/lib/i18n/locales";
import { csvHeader, csvLines, type ExportRow } from "../export-format";
import type { ActivitiesQuery } from "../schemas";
import { resolveActivityQuery, whereSql } from "./resolve-query";
import { pickLocalized } from "@/lib/i18n/localized";

const BATCH = 2_000;

interface Row {
  id: string;
  external_ref: string | null;
  title: LocalizedText;
  type: string;
  ip_areas: string[];
  start_date: Date;
  end_date: Date;
  venue_country: string | null;
  online: boolean;
  beneficiary_countries: string[];
  total_participants: number;
  languages: string[];
  funding_type: string;
  funding_donor: string | null;
  modality: string;
  status: string;
}

async function* rows(query: ActivitiesQuery): AsyncGenerator<ExportRow> {
  const where = whereSql(resolveActivityQuery(query));
  let after: { d: Date; id: string } | null = null;
  for (;;) {
    const cursor: Prisma.Sql = after ? Prisma.sql`AND (start_date, id) < (${after.d}::date, ${after.id}::uuid)` : Prisma.empty;
    const batch: Row[] = await db().$queryRaw<Row[]>`
      SELECT id, external_ref, title, type::text, ip_areas::text[], start_date, end_date, venue_country, online, beneficiary_countries,
             total_participants, languages, funding_type::text, funding_donor, modality::text, status::text
      FROM activity WHERE ${where} ${cursor} ORDER BY start_date DESC, id DESC LIMIT ${BATCH}`;
    for (const r of batch) {
      const title = pickLocalized(r.title, query.lng);
      yield {
        id: r.id,
        external_ref: r.external_ref,
        title: title.text,
        title_language: title.locale,
        type: r.type,
        ip_areas: r.ip_areas.join(";"),
        start_date: r.start_date.toISOString().slice(0, 10),
        end_date: r.end_date.toISOString().slice(0, 10),
        venue_country: r.venue_country,
        online: r.online,
        beneficiary_countries: r.beneficiary_countries.join(";"),
        total_participants: r.total_participants,
        languages: r.languages.join(";"),
        funding_type: r.funding_type,
        funding_donor: r.funding_donor,
        modality: r.modality.replace("_", "-"),
        status: r.status,
      };
    }
    if (batch.length < BATCH) return;
    const last = batch.at(-1)!;
    after = { d: last.start_date, id: last.id };
  }
}

/** Every matching activity as a stream of CSV (UTF-8 with BOM, for spreadsheets) or a JSON array. */
export function exportActivities(query: ActivitiesQuery, format: "csv" | "json"): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const source = rows(query);
  let first = true;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? csvHeader() : "["));
    },
    async pull(controller) {
      const batch: ExportRow[] = [];
      let done = false;
      while (batch.length < 500) {
        const next = await source.next();
        if (next.done) {
          done = true;
          break;
        }
        batch.push(next.value);
      }
      if (batch.length) {
        const text = format === "csv" ? csvLines(batch) : batch.map((r, i) => `${first && i === 0 ? "\n" : ",\n"}${JSON.stringify(r)}`).join("");
        controller.enqueue(encoder.encode(text));
        first = false;
      }
      if (done) {
        if (format === "json") controller.enqueue(encoder.encode("\n]\n"));
        controller.close();
      }
    },
    async cancel() {
      await source.return(undefined);
    },
  });
}
