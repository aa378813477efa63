import "server-only";
import { Prisma, sqlRows } from "@/lib/db";
import { roundEstimate } from "@/lib/estimate";
import { DEV_STATUS_FILTERS } from "../constants";
import { LISTING_FACETS, type ListingFacet } from "../schemas";
import type { Run } from "./suggest-listings";

export type RawFacets = Record<ListingFacet, { value: string; count: number }[]>;
export interface Counts {
  total: number;
  facets: RawFacets;
  approximate: boolean;
}

/**
 * As the roster's counts: exact while the result set holds about `exact` listings, else
 * estimated on the 1/8 or 1/64 fixed sample (listing_sample_bucket) and marked approximate.
 */
export const COUNT_LIMITS = { exact: 3_000, sample: 3_000 };
export type CountLimits = typeof COUNT_LIMITS;

const SOURCES = [
  { name: "listing", scale: 1, where: Prisma.sql`true` },
  { name: "sample_8", scale: 8, where: Prisma.sql`listing_sample_bucket(id) < 8` },
  { name: "sample_64", scale: 64, where: Prisma.sql`listing_sample_bucket(id) = 0` },
] as const;
export type CountSource = (typeof SOURCES)[number]["name"];

const ARRAY_FACETS: [ListingFacet, string][] = [
  ["form", "forms"],
  ["ipArea", "ip_areas"],
  ["theme", "themes"],
  ["country", "countries"],
  ["region", "place_regions"],
  ["lang", "languages"],
];
const SCALAR_FACETS: [ListingFacet, string][] = [
  ["kind", "kind"],
  ["supportType", "support_type"],
  ["status", "status"],
];

export function countsSql(source: (typeof SOURCES)[number], where: Prisma.Sql): Prisma.Sql {
  const parts = [
    Prisma.sql`SELECT '*' AS facet, '*' AS value, count(*)::int AS count FROM m`,
    ...ARRAY_FACETS.map(([f, c]) => Prisma.sql`SELECT ${f}, v::text, n FROM (SELECT v, count(*)::int AS n FROM (SELECT unnest(${Prisma.raw(c)}) AS v FROM m) u GROUP BY 1) g`),
    ...SCALAR_FACETS.map(([f, c]) => Prisma.sql`SELECT ${f}, ${Prisma.raw(c)}::text, count(*)::int FROM m GROUP BY 2`),
    Prisma.sql`SELECT 'devStatus', v, n FROM (SELECT v, count(*)::int AS n FROM (SELECT unnest(place_statuses) AS v FROM m) u GROUP BY 1) g
      WHERE v = ANY(${[...DEV_STATUS_FILTERS]}::text[])`,
  ];
  return Prisma.sql`WITH m AS MATERIALIZED (
      SELECT kind, support_type, status, forms, ip_areas, themes, countries, place_regions, place_statuses, languages
      FROM listing WHERE ${where} AND ${source.where})
    ${Prisma.join(parts, " UNION ALL ")}`;
}

export function sampleSizeSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS n FROM listing WHERE ${where} AND ${SOURCES[2].where}`;
}

function toCounts(rows: { facet: string; value: string; count: number }[], scale: number): Counts {
  const facets = Object.fromEntries(LISTING_FACETS.map((f) => [f, []])) as unknown as RawFacets;
  const estimate = (n: number) => (scale === 1 ? n : roundEstimate(n * scale));
  let total = 0;
  for (const r of rows) {
    const count = estimate(Number(r.count));
    if (r.facet === "*") total = count;
    else if (count > 0 && r.facet in facets) facets[r.facet as ListingFacet].push({ value: r.value, count });
  }
  return { total, facets, approximate: scale !== 1 };
}

export async function countListings(where: Prisma.Sql, run: Run = sqlRows, limits: CountLimits = COUNT_LIMITS): Promise<Counts & { source: CountSource }> {
  const [size] = await run<{ n: number }>(sampleSizeSql(where));
  const in64 = Number(size?.n ?? 0);
  const source = in64 * 64 <= limits.exact ? SOURCES[0] : in64 * 8 <= limits.sample ? SOURCES[1] : SOURCES[2];
  const rows = await run<{ facet: string; value: string; count: number }>(countsSql(source, where));
  return { ...toCounts(rows, source.scale), source: source.name };
}
