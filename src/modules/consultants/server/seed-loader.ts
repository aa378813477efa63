import "server-only";
import pg from "pg";
import type { PrismaClient } from "@/lib/db/create-client";
import { pickLocalized } from "@/lib/i18n/localized";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { loadNamespace } from "@/lib/i18n/load";
import type { IpArea } from "@/modules/activities/constants";
import type { Skill } from "../constants";
import type { AssignmentRecord, ConsultantRecord } from "../record";
import { generateConsultant, type ConsultantSeedWorld, type SeedLabels } from "../seed/generate";
import { consultantStrings } from "../strings";
import { copyEncodedConsultants, encodeConsultants, writeContext, type EncodedConsultants, type WriteContext } from "./copy-writer";

/**
 * Demo and benchmark rosters: generated profiles and their assignments loaded through the COPY
 * writer in large batches (`npm start`'s demo set, `npm run seed:consultants`, the benchmark).
 * Not a production write path: no audit.
 */

/** At most this many activities are read for assignments to point at (the first by id: the same ones every time). */
const ACTIVITY_POOL = 200_000;

export async function seedLabels(): Promise<SeedLabels> {
  const entries = await Promise.all(
    LOCALES.map(async (l) => [l, (await consultantStrings(l)).skills, (await loadNamespace(l, "activities")).ipAreas as Record<IpArea, string>] as const),
  );
  return {
    skills: Object.fromEntries(entries.map(([l, s]) => [l, s])) as Record<Locale, Record<Skill, string>>,
    ipAreas: Object.fromEntries(entries.map(([l, , a]) => [l, a])) as Record<Locale, Record<IpArea, string>>,
  };
}

/** The countries (names in every locale), labels and existing activities a generator draws from. */
export async function loadConsultantSeedWorld(client: PrismaClient, today = new Date().toISOString().slice(0, 10)): Promise<ConsultantSeedWorld> {
  const [countries, activities, labels] = await Promise.all([
    client.country.findMany({ orderBy: { iso2: "asc" } }),
    client.$queryRaw<{ id: string; start_date: string; end_date: string; first: string | null }[]>`
      SELECT id, start_date::text AS start_date, end_date::text AS end_date, beneficiary_countries[1] AS first
      FROM activity WHERE status <> 'cancelled' ORDER BY id LIMIT ${ACTIVITY_POOL}`,
    seedLabels(),
  ]);
  const regionOf = new Map(countries.map((c) => [c.iso2, c.regionCode]));
  return {
    today,
    labels,
    countries: countries.map((c) => ({
      iso2: c.iso2,
      developmentStatus: c.developmentStatus,
      ldc: c.ldc,
      regionCode: c.regionCode,
      subregionCode: c.subregionCode,
      names: Object.fromEntries(LOCALES.map((l) => [l, pickLocalized(c.names, l).text || c.iso2])) as Record<Locale, string>,
    })),
    activities: activities.map((a) => ({ id: a.id, startDate: a.start_date, endDate: a.end_date, regionCode: a.first ? (regionOf.get(a.first) ?? null) : null })),
  };
}

/** Profiles made and encoded in slices, yielding between them so the previous batch's COPY keeps flowing. */
const SLICE = 500;

async function generateEncoded(world: ConsultantSeedWorld, seed: number, from: number, to: number, ctx: WriteContext) {
  const parts: EncodedConsultants[] = [];
  let assignments = 0;
  for (let start = from; start < to; start += SLICE) {
    const records: ConsultantRecord[] = [];
    const links: AssignmentRecord[] = [];
    for (let i = start; i < Math.min(to, start + SLICE); i++) {
      const g = generateConsultant(world, seed, i);
      records.push(g.record);
      links.push(...g.assignments);
    }
    assignments += links.length;
    parts.push(encodeConsultants(records, links, ctx));
    await new Promise((resolve) => setImmediate(resolve));
  }
  const joined = (k: keyof EncodedConsultants) => parts.map((p) => p[k]).join("");
  return { encoded: { consultants: joined("consultants"), nationalities: joined("nationalities"), languages: joined("languages"), assignments: joined("assignments") }, assignments };
}

export interface LoadProgress {
  done: number;
  total: number;
}

/**
 * Generates `count` profiles for `seed` with their assignments and loads them with COPY in
 * batches (each its own transaction) while the next batch is generated.
 */
export async function loadGeneratedConsultants(
  client: PrismaClient,
  url: string,
  world: ConsultantSeedWorld,
  { count, seed, batch = 5_000, onProgress }: { count: number; seed: number; batch?: number; onProgress?: (p: LoadProgress) => void },
): Promise<{ consultants: number; assignments: number; seconds: number; rowsPerSecond: number }> {
  const ctx = await writeContext(client);
  const conn = new pg.Client({ connectionString: url });
  await conn.connect();
  const started = performance.now();
  let assignments = 0;
  try {
    let writing: Promise<void> = Promise.resolve();
    for (let from = 0; from < count; from += batch) {
      const to = Math.min(count, from + batch);
      const next = await generateEncoded(world, seed, from, to, ctx);
      assignments += next.assignments;
      await writing;
      writing = (async () => {
        await conn.query("BEGIN");
        try {
          await copyEncodedConsultants(conn, next.encoded);
          await conn.query("COMMIT");
        } catch (error) {
          await conn.query("ROLLBACK").catch(() => {});
          throw error;
        }
        onProgress?.({ done: to, total: count });
      })();
      writing.catch(() => {}); // awaited on the next turn or below; a failure is thrown there
    }
    await writing;
    await conn.query("ANALYZE consultant, consultant_nationality, consultant_language, consultant_assignment");
  } finally {
    await conn.end();
  }
  const seconds = (performance.now() - started) / 1000;
  return { consultants: count, assignments, seconds: Math.round(seconds * 10) / 10, rowsPerSecond: Math.round(count / seconds) };
}
