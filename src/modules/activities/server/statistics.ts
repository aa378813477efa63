import "server-only";
import { Prisma } from "@/lib/db";
import type { Modality } from "../constants";
import { appRunner } from "./sql-runner";

export interface ActivityStatistics {
  byYear: { year: number; counts: Record<Modality, number> }[];
  byRegion: { code: string; count: number }[];
  topLdcs: { country: string; count: number }[];
}

const REGIONS = ["002", "019", "142", "150", "009"];

/**
 * Activities per year by modality, per M49 region, and the LDCs that benefited most, cancelled
 * ones left out. Read from the totals the triggers keep (facets 'stat:*', migration
 * activity_statistics_totals), so the page costs the same at a million activities as at ten.
 */
export async function activityStatistics(): Promise<ActivityStatistics> {
  const [years, regions, ldcs] = await Promise.all([
    appRunner<{ value: string; count: number }>(
      Prisma.sql`SELECT value, count::int AS count FROM activity_facet_total WHERE facet = 'stat:year_modality' ORDER BY value`,
    ),
    appRunner<{ code: string; count: number }>(
      Prisma.sql`SELECT value AS code, count::int AS count FROM activity_facet_total
                 WHERE facet = 'stat:region' AND value = ANY(${REGIONS}::text[]) ORDER BY count DESC, value`,
    ),
    appRunner<{ country: string; count: number }>(
      Prisma.sql`SELECT t.value AS country, t.count::int AS count FROM activity_facet_total t
                 JOIN country c ON c.iso2 = t.value AND c.ldc
                 WHERE t.facet = 'stat:country' ORDER BY t.count DESC, t.value LIMIT 15`,
    ),
  ]);
  const byYear = new Map<number, Record<Modality, number>>();
  for (const r of years) {
    const [year, modality] = r.value.split(":") as [string, string];
    const row = byYear.get(Number(year)) ?? { "south-south": 0, triangular: 0, "north-south": 0 };
    row[modality.replace("_", "-") as Modality] = Number(r.count);
    byYear.set(Number(year), row);
  }
  return {
    byYear: [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, counts]) => ({ year, counts })),
    byRegion: regions.map((r) => ({ code: r.code, count: Number(r.count) })),
    topLdcs: ldcs.map((r) => ({ country: r.country, count: Number(r.count) })),
  };
}
