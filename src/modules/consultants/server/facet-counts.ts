import "server-only";
import { Prisma } from "@/lib/db";
import { NATIONALITY_STATUS_FILTERS } from "../constants";
import { roundEstimate } from "@/lib/estimate";
import { FACETS, type FacetName } from "../schemas";
import { appRunner, type SqlRunner } from "./sql-runner";

export type RawFacets = Record<FacetName, { value: string; count: number }[]>;

export interface Counts {
  total: number;
  facets: RawFacets;
  /** True when the total and facet counts were estimated on a sample (see countConsultants). */
  approximate: boolean;
}

/**
 * Counting eight facets costs PostgreSQL a few µs per matching profile, so exact counts are kept
 * to result sets of about `exact` profiles; larger ones are counted on the 1/8 or 1/64 sample
 * (the profiles whose consultant_sample_bucket(id) is below 8, or 0), the largest holding about
 * `sample` matches or fewer, and scaled up. At 100,000 profiles no request counts more than
 * about 2,000 rows.
 */
export const COUNT_LIMITS = { exact: 2_000, sample: 2_000 };
export type CountLimits = typeof COUNT_LIMITS;

const SOURCES = [
  { name: "consultant", scale: 1, where: Prisma.sql`true` },
  { name: "sample_8", scale: 8, where: Prisma.sql`consultant_sample_bucket(id) < 8` },
  { name: "sample_64", scale: 64, where: Prisma.sql`consultant_sample_bucket(id) = 0` },
] as const;
export type CountSource = (typeof SOURCES)[number]["name"];

/** The array columns each facet counts (servedIn counts countries and M49 areas alike). */
const ARRAY_FACETS: [FacetName, string][] = [
  ["ipArea", "ip_areas"],
  ["skill", "skills"],
  ["language", "languages"],
  ["nationality", "nationalities"],
  ["region", "nationality_regions"],
  ["servedIn", "served_countries"],
  ["servedIn", "served_regions"],
];

/**
 * The total and every facet's counts over the matching rows of one source, reading each row once.
 * Arrays are unnested in the select list (one ProjectSet) and grouped on their stored type, cast
 * to text after: three times faster than a lateral unnest per row (24 → 8 ms over 1,600 profiles).
 */
export function countsSql(source: (typeof SOURCES)[number], where: Prisma.Sql): Prisma.Sql {
  const parts = [
    Prisma.sql`SELECT '*' AS facet, '*' AS value, count(*)::int AS count FROM m`,
    ...ARRAY_FACETS.map(([f, c]) => Prisma.sql`SELECT ${f}, v::text, n FROM (SELECT v, count(*)::int AS n FROM (SELECT unnest(${Prisma.raw(c)}) AS v FROM m) u GROUP BY 1) g`),
    Prisma.sql`SELECT 'status', v, n FROM (SELECT v, count(*)::int AS n FROM (SELECT unnest(nationality_statuses) AS v FROM m) u GROUP BY 1) g
      WHERE v = ANY(${[...NATIONALITY_STATUS_FILTERS]}::text[])`,
    Prisma.sql`SELECT 'availability', availability, count(*)::int FROM m GROUP BY 2`,
  ];
  return Prisma.sql`WITH m AS MATERIALIZED (
      SELECT ip_areas, skills, languages, nationalities, nationality_regions, nationality_statuses, served_countries, served_regions,
             consultant_effective_availability(availability, unavailable_until) AS availability
      FROM consultant WHERE ${where} AND ${source.where})
    ${Prisma.join(parts, " UNION ALL ")}`;
}

/** How many profiles of the 1/64 sample match: what decides where to count. */
export function sampleSizeSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS n FROM consultant WHERE ${where} AND ${SOURCES[2].where}`;
}

function toCounts(rows: { facet: string; value: string; count: number }[], scale: number): Counts {
  const facets = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as RawFacets;
  const estimate = (n: number) => (scale === 1 ? n : roundEstimate(n * scale));
  let total = 0;
  for (const r of rows) {
    const count = estimate(Number(r.count));
    if (r.facet === "*") total = count;
    else if (count > 0 && r.facet in facets) facets[r.facet as FacetName].push({ value: r.value, count });
  }
  return { total, facets, approximate: scale !== 1 };
}

/** The smallest source that keeps the work bounded: every match when there are about `limits.exact` or fewer, else a sample. */
async function pickSource(where: Prisma.Sql, run: SqlRunner, limits: CountLimits) {
  const [size] = await run<{ n: number }>(sampleSizeSql(where));
  const in64 = Number(size?.n ?? 0);
  if (in64 * 64 <= limits.exact) return SOURCES[0];
  if (in64 * 8 <= limits.sample) return SOURCES[1];
  return SOURCES[2];
}

/** Total and facet counts of a resolved search's conditions, exact while small, estimated (and marked) beyond. */
export async function countConsultants(
  where: Prisma.Sql,
  run: SqlRunner = appRunner,
  limits: CountLimits = COUNT_LIMITS,
): Promise<Counts & { source: CountSource }> {
  const source = await pickSource(where, run, limits);
  const rows = await run<{ facet: string; value: string; count: number }>(countsSql(source, where));
  return { ...toCounts(rows, source.scale), source: source.name };
}
