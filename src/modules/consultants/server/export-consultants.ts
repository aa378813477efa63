import "server-only";
import { Prisma } from "@/lib/db";
import { csvHeader, csvLines, type ExportRow } from "../export-format";
import type { ConsultantsQuery } from "../schemas";
import type { PageRow } from "./page-query";
import { SUMMARY_COLUMNS } from "./page-query";
import { resolveConsultantQuery } from "./resolve-query";
import { southSouthShare } from "./search-consultants";
import { appRunner, type SqlRunner } from "./sql-runner";

const BATCH = 2_000;

interface Row extends PageRow {
  gender: string | null;
  email: string;
  phone: string | null;
}

async function* rows(query: ConsultantsQuery, run: SqlRunner): AsyncGenerator<ExportRow> {
  const where = resolveConsultantQuery(query).where;
  let after: string | null = null;
  for (;;) {
    const cursor = after ? Prisma.sql`AND id > ${after}::uuid` : Prisma.empty;
    const batch: Row[] = await run<Row>(Prisma.sql`
      WITH ids AS (SELECT id FROM consultant WHERE ${where} ${cursor} ORDER BY id LIMIT ${BATCH})
      SELECT ${SUMMARY_COLUMNS}, c.gender::text AS gender, c.email, c.phone
      FROM ids JOIN consultant c ON c.id = ids.id ORDER BY c.id`);
    for (const r of batch) {
      yield {
        id: r.id,
        full_name: r.full_name,
        latin_name: r.latin_name,
        nationalities: r.nationalities.join(";"),
        residence_country: r.residence_country,
        gender: r.gender,
        organisation: r.organisation,
        position: r.position,
        ip_areas: r.ip_areas.join(";"),
        skills: r.skills.join(";"),
        sectors: r.sectors.join(";"),
        years_experience: r.years_experience,
        languages: r.language_levels.map((l) => `${l.code}:${l.level}`).join(";"),
        availability: r.availability,
        unavailable_until: r.unavailable_until,
        travel: r.travel,
        remote: r.remote,
        email: r.email,
        phone: r.phone,
        assignments: r.assignment_count,
        countries_served: Number(r.countries_served),
        south_south_share: southSouthShare(r.assignment_count, r.south_south_count),
        last_confirmed_at: r.last_confirmed_at.toISOString(),
        stale: r.stale,
      };
    }
    if (batch.length < BATCH) return;
    after = batch.at(-1)!.id;
  }
}

/**
 * Every matching profile (the search's filters and rules: approved only, not stale unless
 * includeStale), with the private fields, as a stream of CSV (UTF-8 with BOM) or a JSON array,
 * in id order. For the secretariat only: the caller checks the policy.
 */
export function exportConsultants(query: ConsultantsQuery, format: "csv" | "json", run: SqlRunner = appRunner): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const source = rows(query, run);
  let first = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
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
