import "server-only";
import { db, Prisma } from "@/lib/db";
import type { FacetName } from "../schemas";

export type RawFacets = Record<FacetName, { value: string; count: number }[]>;

const ARRAY_FACETS: Partial<Record<FacetName, string>> = {
  country: "beneficiary_countries",
  region: "beneficiary_regions",
  status: "beneficiary_statuses",
  ipArea: "ip_areas",
  lang: "languages",
};
const SCALAR_FACETS: Partial<Record<FacetName, string>> = {
  type: "type",
  year: "year",
  modality: "modality",
  funding: "funding_type",
};

const FACET_ORDER = [...Object.keys(ARRAY_FACETS), ...Object.keys(SCALAR_FACETS)] as FacetName[];

/** The SQL of one facet's counts (exported so the benchmark runs exactly what the API runs). */
export function facetSql(facet: FacetName, where: Prisma.Sql): Prisma.Sql {
  const arrayColumn = ARRAY_FACETS[facet];
  return arrayColumn
    ? Prisma.sql`SELECT v::text AS value, count(*)::int AS count FROM activity, unnest(${Prisma.raw(arrayColumn)}) AS v WHERE ${where} GROUP BY v`
    : Prisma.sql`SELECT ${Prisma.raw(SCALAR_FACETS[facet]!)}::text AS value, count(*)::int AS count FROM activity WHERE ${where} GROUP BY 1`;
}

export function countSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS n FROM activity WHERE ${where}`;
}

export function allFacetSql(where: Prisma.Sql): Prisma.Sql[] {
  return FACET_ORDER.map((f) => facetSql(f, where));
}

async function countFacet(facet: FacetName, where: Prisma.Sql) {
  const rows = await db().$queryRaw<{ value: string; count: number }[]>(facetSql(facet, where));
  return rows.map((r) => ({ value: facet === "modality" ? r.value.replace("_", "-") : r.value, count: Number(r.count) }));
}

/** Counts of every facet value over the current result set (all filters applied). */
export async function countFacets(where: Prisma.Sql): Promise<RawFacets> {
  const counts = await Promise.all(FACET_ORDER.map((f) => countFacet(f, where)));
  return Object.fromEntries(FACET_ORDER.map((f, i) => [f, counts[i]!])) as RawFacets;
}

export async function countMatches(where: Prisma.Sql): Promise<number> {
  const rows = await db().$queryRaw<{ n: number }[]>(countSql(where));
  return Number(rows[0]?.n ?? 0);
}

/** Bumped by a trigger on every write to `activity`: cached counts of an older version are stale. */
export async function dataVersion(): Promise<string> {
  const rows = await db().$queryRaw<{ version: bigint }[]>`SELECT version FROM activity_data_version WHERE id = 1`;
  return String(rows[0]?.version ?? 0);
}
