import "server-only";
import { Prisma } from "@/lib/db";
import { queryTokens, toTsquery } from "@/lib/search-text";
import type { ActivitiesQuery } from "../schemas";

/**
 * A search request resolved once, at the start: the text's tokens, the SQL conditions of its
 * filters and the key its counts are cached by. The counts, the page, the count cache and the
 * export all read this one value; none of them goes back to the raw filters, so one request
 * tokenises its text and builds its conditions once. (The roster and listings searches take
 * the same shape.)
 */
export interface ResolvedActivityQuery {
  /** The parsed request: the cursor, limit, sort, years and lng that paging and labels read. */
  readonly query: ActivitiesQuery;
  /** The text's search tokens, all required (AND); empty without text. */
  readonly tokens: readonly string[];
  /** The tokens' tsquery literal, or null when there is no searchable token. */
  readonly tsquery: string | null;
  /** The conditions of every filter but the cursor (AND across parameters, OR within one); null when nothing filters. */
  readonly where: Prisma.Sql | null;
  /** What decides the result set (the filters, the text as tokens): what totals and facet counts are cached by. */
  readonly key: string;
}

export function resolveActivityQuery(query: ActivitiesQuery): ResolvedActivityQuery {
  const tokens = query.q ? queryTokens(query.q) : [];
  const tsquery = tokens.length ? toTsquery(tokens) : null;
  return { query, tokens, tsquery, where: conditions(query, tsquery), key: cacheKey(query, tokens) };
}

/** The conditions as one SQL expression (`true` when nothing filters). */
export function whereSql(resolved: ResolvedActivityQuery): Prisma.Sql {
  return resolved.where ?? Prisma.sql`true`;
}

function conditions(query: ActivitiesQuery, tsquery: string | null): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  // Text with no searchable token (only punctuation, say) matches nothing.
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

/**
 * The filters without what only pages or labels (cursor, limit, sort, lng), the text as its
 * sorted tokens and each list sorted, so equivalent searches share an entry. Text without a
 * searchable token keeps a key of its own (`q: []`): it matches nothing, unlike no text at all.
 */
function cacheKey(query: ActivitiesQuery, tokens: readonly string[]): string {
  const { cursor: _c, limit: _l, sort: _s, lng: _g, q, ...filters } = query;
  const canonical = Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]),
  );
  return JSON.stringify(q ? { ...canonical, q: [...tokens].sort() } : canonical);
}
