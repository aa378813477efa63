import "server-only";
import { Prisma } from "@/lib/db";
import { queryTokens, toTsquery } from "../search-text";
import type { ActivitiesQuery } from "../schemas";

/** The tsquery of a text search, or null when the text has no searchable token. */
export function textQuery(q: string | undefined): string | null {
  const tokens = q ? queryTokens(q) : [];
  return tokens.length ? toTsquery(tokens) : null;
}

/** WHERE conditions for every filter but the cursor: AND across parameters, OR within one. */
export function filterSql(query: ActivitiesQuery): Prisma.Sql {
  return filterConditions(query) ?? Prisma.sql`true`;
}

/** The same conditions, or null when the query does not filter at all. */
export function filterConditions(query: ActivitiesQuery): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  const tsquery = textQuery(query.q);
  if (query.q && !tsquery) parts.push(Prisma.sql`false`);
  if (tsquery) parts.push(Prisma.sql`search_vector @@ ${tsquery}::tsquery`);
  if (query.country?.length) parts.push(Prisma.sql`beneficiary_countries && ${query.country}::text[]`);
  if (query.region?.length) parts.push(Prisma.sql`beneficiary_regions && ${query.region}::text[]`);
  if (query.status?.length) parts.push(Prisma.sql`beneficiary_statuses && ${query.status}::text[]`);
  if (query.type?.length) parts.push(Prisma.sql`type = ANY(${query.type}::text[]::"ActivityType"[])`);
  if (query.ipArea?.length) parts.push(Prisma.sql`ip_areas && ${query.ipArea}::text[]::"IpArea"[]`);
  if (query.year?.length) {
    parts.push(Prisma.sql`year = ANY(${query.year}::int[])`);
    // The same condition as a start_date range, so the newest-first index starts at the right year
    // instead of walking every later year (measured: 7 s → milliseconds for year=2020 at 1M rows).
    const first = `${Math.min(...query.year)}-01-01`;
    const afterLast = `${Math.max(...query.year) + 1}-01-01`;
    parts.push(Prisma.sql`start_date >= ${first}::date AND start_date < ${afterLast}::date`);
  }
  if (query.from) parts.push(Prisma.sql`end_date >= ${query.from}::date`);
  if (query.to) parts.push(Prisma.sql`start_date <= ${query.to}::date`);
  if (query.lang?.length) parts.push(Prisma.sql`languages && ${query.lang}::text[]`);
  if (query.modality?.length) {
    parts.push(Prisma.sql`modality = ANY(${query.modality.map((m) => m.replace("-", "_"))}::text[]::"Modality"[])`);
  }
  if (query.funding?.length) parts.push(Prisma.sql`funding_type = ANY(${query.funding}::text[]::"FundingType"[])`);
  if (query.activityStatus?.length) parts.push(Prisma.sql`status = ANY(${query.activityStatus}::text[]::"ActivityStatus"[])`);
  return parts.length ? Prisma.join(parts, " AND ") : null;
}

/** The part of a query that decides the result set (what totals and facet counts are cached by). */
export function filterKey(query: ActivitiesQuery): string {
  const { cursor: _c, limit: _l, sort: _s, lng: _g, ...filters } = query;
  return JSON.stringify({ ...filters, q: textQuery(query.q) });
}
