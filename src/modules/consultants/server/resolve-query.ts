import "server-only";
import { Prisma } from "@/lib/db";
import { STALE_AFTER_MONTHS } from "../constants";
import type { ConsultantsQuery } from "../schemas";
import { queryTokens, toTsquery } from "@/lib/search-text";

/**
 * A roster search resolved once, at the start (as IP-TAD's ResolvedActivityQuery): the text's
 * tokens, the SQL conditions of its filters and the key of its result set. The counts, the page
 * and the export read this one value.
 */
export interface ResolvedConsultantQuery {
  readonly query: ConsultantsQuery;
  /** The text's search tokens, all required (AND); empty without text. */
  readonly tokens: readonly string[];
  /** The tokens' tsquery literal, or null when there is no searchable token. */
  readonly tsquery: string | null;
  /**
   * Every condition but the cursor: approved profiles only (a literal, so the partial indexes
   * apply), confirmed within 24 months unless includeStale, then the filters (AND across
   * parameters, OR within one).
   */
  readonly where: Prisma.Sql;
  /** True when nothing but the always-on conditions filters. */
  readonly unfiltered: boolean;
  /** What decides the result set (filters, text as sorted tokens, includeStale). */
  readonly key: string;
}

/** Profiles not confirmed within STALE_AFTER_MONTHS, as SQL over a `last_confirmed_at` column. */
export function staleCondition(column: Prisma.Sql = Prisma.raw("last_confirmed_at")): Prisma.Sql {
  return Prisma.sql`${column} < now() - make_interval(months => ${STALE_AFTER_MONTHS}::int)`;
}

export function resolveConsultantQuery(query: ConsultantsQuery): ResolvedConsultantQuery {
  const tokens = query.q ? queryTokens(query.q) : [];
  const tsquery = tokens.length ? toTsquery(tokens) : null;
  const filters = conditions(query, tsquery);
  const base = [Prisma.sql`status = 'approved'`, ...(query.includeStale ? [] : [Prisma.sql`NOT (${staleCondition()})`])];
  return {
    query,
    tokens,
    tsquery,
    where: Prisma.join([...base, ...filters], " AND "),
    unfiltered: filters.length === 0,
    key: cacheKey(query, tokens),
  };
}

function conditions(query: ConsultantsQuery, tsquery: string | null): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  // Text with no searchable token (only punctuation, say) matches nothing.
  if (query.q && !tsquery) parts.push(Prisma.sql`false`);
  if (tsquery) parts.push(Prisma.sql`search_vector @@ ${tsquery}::tsquery`);
  // Cast straight to the enum array: through text[] first, the planner misjudges how many rows match.
  if (query.ipArea?.length) parts.push(Prisma.sql`ip_areas && ${query.ipArea}::"IpArea"[]`);
  if (query.skill?.length) parts.push(Prisma.sql`skills && ${query.skill}::"ConsultantSkill"[]`);
  if (query.language?.length) parts.push(Prisma.sql`languages && ${query.language}::text[]`);
  if (query.nationality?.length) parts.push(Prisma.sql`nationalities && ${query.nationality}::text[]`);
  if (query.region?.length) parts.push(Prisma.sql`nationality_regions && ${query.region}::text[]`);
  if (query.status?.length) parts.push(Prisma.sql`nationality_statuses && ${query.status}::text[]`);
  if (query.availability?.length) {
    parts.push(Prisma.sql`consultant_effective_availability(availability, unavailable_until) = ANY(${query.availability}::text[])`);
  }
  if (query.servedIn?.length) {
    // Countries are two letters, M49 areas three digits: one parameter, OR across both kinds.
    const countries = query.servedIn.filter((p) => /^[A-Z]{2}$/.test(p));
    const areas = query.servedIn.filter((p) => /^\d{3}$/.test(p));
    const either = [
      ...(countries.length ? [Prisma.sql`served_countries && ${countries}::text[]`] : []),
      ...(areas.length ? [Prisma.sql`served_regions && ${areas}::text[]`] : []),
    ];
    parts.push(either.length === 1 ? either[0]! : Prisma.sql`(${Prisma.join(either, " OR ")})`);
  }
  return parts;
}

/** The filters without cursor, limit, sort and lng, each list sorted, the text as its sorted tokens. */
function cacheKey(query: ConsultantsQuery, tokens: readonly string[]): string {
  const { cursor: _c, limit: _l, sort: _s, lng: _g, q, ...filters } = query;
  const canonical = Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]),
  );
  return JSON.stringify(q ? { ...canonical, q: [...tokens].sort() } : canonical);
}
