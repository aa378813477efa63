import "server-only";
import { Prisma } from "@/lib/db";
import { queryTokens, toTsquery } from "@/lib/search-text";
import { PUBLIC_LISTING_STATUSES } from "../constants";
import type { ListingsQuery } from "../schemas";

/**
 * A listing search resolved once (as the roster's): the text's tokens, the SQL conditions and
 * the key of its result set. The counts and the page read this one value.
 */
export interface ResolvedListingQuery {
  readonly query: ListingsQuery;
  readonly tokens: readonly string[];
  readonly tsquery: string | null;
  /** Public statuses only (a literal list, so the partial indexes apply), then the filters. */
  readonly where: Prisma.Sql;
  readonly unfiltered: boolean;
  readonly key: string;
}

/** The public statuses as the literal the partial indexes were built with. */
export const PUBLIC_STATUS_SQL = Prisma.raw(`status IN (${PUBLIC_LISTING_STATUSES.map((s) => `'${s}'`).join(", ")})`);

export function resolveListingQuery(query: ListingsQuery): ResolvedListingQuery {
  const tokens = query.q ? queryTokens(query.q) : [];
  const tsquery = tokens.length ? toTsquery(tokens) : null;
  const filters = conditions(query, tsquery);
  return { query, tokens, tsquery, where: Prisma.join([PUBLIC_STATUS_SQL, ...filters], " AND "), unfiltered: filters.length === 0, key: cacheKey(query, tokens) };
}

function conditions(query: ListingsQuery, tsquery: string | null): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (query.q && !tsquery) parts.push(Prisma.sql`false`);
  if (tsquery) parts.push(Prisma.sql`search_vector @@ ${tsquery}::tsquery`);
  if (query.kind?.length) parts.push(Prisma.sql`kind = ANY(${query.kind}::"ListingKind"[])`);
  if (query.supportType?.length) parts.push(Prisma.sql`support_type = ANY(${query.supportType}::"SupportType"[])`);
  if (query.form?.length) parts.push(Prisma.sql`forms && ${query.form}::"SupportForm"[]`);
  if (query.ipArea?.length) parts.push(Prisma.sql`ip_areas && ${query.ipArea}::"IpArea"[]`);
  if (query.theme?.length) parts.push(Prisma.sql`themes && ${query.theme}::"Theme"[]`);
  if (query.country?.length) parts.push(Prisma.sql`countries && ${query.country}::text[]`);
  if (query.region?.length) parts.push(Prisma.sql`place_regions && ${query.region}::text[]`);
  if (query.devStatus?.length) parts.push(Prisma.sql`place_statuses && ${query.devStatus}::text[]`);
  if (query.status?.length) parts.push(Prisma.sql`status = ANY(${query.status}::"ListingStatus"[])`);
  if (query.lang?.length) parts.push(Prisma.sql`languages && ${query.lang}::text[]`);
  return parts;
}

function cacheKey(query: ListingsQuery, tokens: readonly string[]): string {
  const { cursor: _c, limit: _l, sort: _s, lng: _g, q, ...filters } = query;
  const canonical = Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]),
  );
  return JSON.stringify(q ? { ...canonical, q: [...tokens].sort() } : canonical);
}
