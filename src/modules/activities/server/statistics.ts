import "server-only";
import { db } from "@/lib/db";
import type { Modality } from "../constants";
import { dataVersion } from "./facet-counts";

export interface ActivityStatistics {
  byYear: { year: number; counts: Record<Modality, number> }[];
  byRegion: { code: string; count: number }[];
  topLdcs: { country: string; count: number }[];
}

const REGIONS = ["002", "019", "142", "150", "009"];
let cached: { version: string; stats: ActivityStatistics } | undefined;

/** Activities per year by modality, per M49 region, and the LDCs that benefited most; recomputed when the data changes. */
export async function activityStatistics(): Promise<ActivityStatistics> {
  const version = await dataVersion();
  if (cached?.version === version) return cached.stats;
  const [years, regions, ldcs] = await Promise.all([
    db().$queryRaw<{ year: number; modality: string; n: number }[]>`
      SELECT year::int AS year, modality::text AS modality, count(*)::int AS n FROM activity
      WHERE status <> 'cancelled' GROUP BY 1, 2 ORDER BY 1`,
    db().$queryRaw<{ code: string; n: number }[]>`
      SELECT v AS code, count(*)::int AS n FROM activity, unnest(beneficiary_regions) AS v
      WHERE status <> 'cancelled' AND v = ANY(${REGIONS}::text[]) GROUP BY v ORDER BY n DESC`,
    db().$queryRaw<{ country: string; n: number }[]>`
      SELECT b.country::text AS country, count(*)::int AS n FROM activity_beneficiary b
      JOIN country c ON c.iso2 = b.country AND c.ldc
      JOIN activity a ON a.id = b.activity_id AND a.status <> 'cancelled'
      GROUP BY 1 ORDER BY n DESC, 1 LIMIT 15`,
  ]);
  const byYear = new Map<number, Record<Modality, number>>();
  for (const r of years) {
    const row = byYear.get(r.year) ?? { "south-south": 0, triangular: 0, "north-south": 0 };
    row[r.modality.replace("_", "-") as Modality] = Number(r.n);
    byYear.set(r.year, row);
  }
  const stats: ActivityStatistics = {
    byYear: [...byYear.entries()].map(([year, counts]) => ({ year, counts })),
    byRegion: regions.map((r) => ({ code: r.code, count: Number(r.n) })),
    topLdcs: ldcs.map((r) => ({ country: r.country, count: Number(r.n) })),
  };
  cached = { version, stats };
  return stats;
}
