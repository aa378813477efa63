import "server-only";
import pg from "pg";
import type { PrismaClient } from "@/lib/db/create-client";
import { pickLocalized } from "@/lib/i18n/localized";
import { countryFacts } from "@/modules/countries/server";
import { generateActivity, type GeneratedActivity, type SeedLabels, type SeedWorld } from "../seed/generate";
import { SEED_LANGUAGES, type SeedLanguage } from "../seed/templates";
import type { CountryFacts } from "@/modules/countries/server";
import { copyEncoded, encodeActivities, type EncodedActivities } from "./copy-writer";

/**
 * Demo and benchmark data: generated activities loaded through the COPY writer in large
 * batches (`npm start`'s demo set, `npm run seed:activities`, the benchmark's database).
 * Not a production write path: no audit, no external_ref checks.
 */

/** The countries and labels a generator draws from, read from the database and the locale files. */
export async function loadSeedWorld(client: PrismaClient, labels: SeedLabels): Promise<SeedWorld> {
  const rows = await client.country.findMany({ orderBy: { iso2: "asc" } });
  return {
    labels,
    countries: rows.map((c) => {
      return {
        iso2: c.iso2,
        developmentStatus: c.developmentStatus,
        ldc: c.ldc,
        regionCode: c.regionCode,
        subregionCode: c.subregionCode,
        neighbourhood: c.intermediateCode ?? c.subregionCode,
        names: Object.fromEntries(SEED_LANGUAGES.map((l) => [l, pickLocalized(c.names, l).text || c.iso2])) as Record<SeedLanguage, string>,
      };
    }),
  };
}

/**
 * Records generated and encoded between two turns of the event loop. The next batch is made in
 * slices while the previous one is still being written, so the COPY data keeps flowing to
 * PostgreSQL in the turns between them: generating and encoding (about two thirds of a load's
 * time on this machine) overlap the database's work instead of waiting for it.
 */
const SLICE = 500;

async function generateEncoded(world: SeedWorld, seed: number, from: number, to: number, facts: Map<string, CountryFacts>): Promise<EncodedActivities> {
  const parts: EncodedActivities[] = [];
  for (let start = from; start < to; start += SLICE) {
    const records: GeneratedActivity[] = [];
    for (let i = start; i < Math.min(to, start + SLICE); i++) records.push(generateActivity(world, seed, i));
    parts.push(encodeActivities(records, facts));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return {
    activities: parts.map((p) => p.activities).join(""),
    beneficiaries: parts.map((p) => p.beneficiaries).join(""),
    experts: parts.map((p) => p.experts).join(""),
    derived: parts.flatMap((p) => p.derived),
  };
}

export interface LoadProgress {
  done: number;
  total: number;
}

/**
 * Generates `count` activities for `seed` and loads them with COPY (activities,
 * beneficiaries, experts) in batches. Returns the rows per second achieved.
 */
export async function loadGeneratedActivities(
  client: PrismaClient,
  url: string,
  world: SeedWorld,
  { count, seed, start = 0, batch = 10_000, onProgress }: { count: number; seed: number; start?: number; batch?: number; onProgress?: (p: LoadProgress) => void },
): Promise<{ activities: number; seconds: number; rowsPerSecond: number }> {
  const facts = await countryFacts(client);
  const conn = new pg.Client({ connectionString: url });
  await conn.connect();
  const started = performance.now();
  try {
    // One batch written (its own transaction) while the next is generated; one connection, one statement at a time.
    let writing: Promise<void> = Promise.resolve();
    for (let from = start; from < start + count; from += batch) {
      const to = Math.min(start + count, from + batch);
      const encoded = await generateEncoded(world, seed, from, to, facts);
      await writing;
      writing = copyEncoded(conn, encoded).then(() => onProgress?.({ done: to - start, total: count }));
      writing.catch(() => {}); // awaited on the next turn or below; a failure is thrown there
    }
    await writing;
    await conn.query("ANALYZE activity, activity_beneficiary, activity_expert, activity_sample_8, activity_sample_64, activity_sample_512");
  } finally {
    await conn.end();
  }
  const seconds = (performance.now() - started) / 1000;
  return { activities: count, seconds: Math.round(seconds * 10) / 10, rowsPerSecond: Math.round(count / seconds) };
}
