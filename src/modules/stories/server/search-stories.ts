import "server-only";
import { Prisma, sqlRows } from "@/lib/db";
import { queryTokens, toTsquery } from "@/lib/search-text";
import type { Locale } from "@/lib/i18n/locales";
import { STORY_DEV_STATUSES } from "../constants";
import { encodeStoryCursor, STORY_FACETS, type StoriesQuery, type StoryCursor, type StoryFacet, type StoryList } from "../schemas";
import { storyLabellerFor } from "./labels";
import { STORY_COLUMNS, type StoryRow } from "./story-row";
import { summaryOf } from "./view";

/**
 * The years a story counts in (docs/STORIES.md, "Search"): its period, start to end (one end
 * alone is a one-year period); a story without a period counts in the year it was first published.
 */
const YEAR_FROM = Prisma.raw(`coalesce(period_start, period_end, extract(year FROM published_at AT TIME ZONE 'UTC')::int)`);
const YEAR_TO = Prisma.raw(`coalesce(period_end, period_start, extract(year FROM published_at AT TIME ZONE 'UTC')::int)`);

/** The filters of a query as SQL over published stories only. */
export function storyWhere(query: StoriesQuery, tsquery: string | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`status = 'published'`];
  if (query.q && !tsquery) parts.push(Prisma.sql`false`);
  if (tsquery) parts.push(Prisma.sql`search_vector @@ ${tsquery}::tsquery`);
  if (query.theme?.length) parts.push(Prisma.sql`themes && ${query.theme}::"Theme"[]`);
  if (query.ipArea?.length) parts.push(Prisma.sql`ip_areas && ${query.ipArea}::"IpArea"[]`);
  if (query.country?.length) parts.push(Prisma.sql`(countries && ${query.country}::text[] OR partner_countries && ${query.country}::text[])`);
  if (query.region?.length) parts.push(Prisma.sql`place_regions && ${query.region}::text[]`);
  if (query.status?.length) parts.push(Prisma.sql`place_statuses && ${query.status}::text[]`);
  if (query.modality?.length) parts.push(Prisma.sql`modality = ANY(${query.modality.map((m) => m.replace("-", "_"))}::"Modality"[])`);
  if (query.year?.length) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(${query.year}::int[]) y WHERE y BETWEEN ${YEAR_FROM} AND ${YEAR_TO})`);
  return Prisma.join(parts, " AND ");
}

type RawFacets = Record<StoryFacet, { value: string; count: number }[]>;

/** The total and every facet's counts over the whole result set, in one statement (stories are few: always exact). */
async function counts(where: Prisma.Sql): Promise<{ total: number; facets: RawFacets }> {
  const rows = await sqlRows<{ facet: string; value: string; count: number }>(Prisma.sql`
    WITH m AS MATERIALIZED (SELECT id, themes, ip_areas, countries, partner_countries, place_regions, place_statuses, modality,
        ${YEAR_FROM} AS y0, ${YEAR_TO} AS y1 FROM story WHERE ${where})
    SELECT '*' AS facet, '*' AS value, count(*)::int AS count FROM m
    UNION ALL SELECT 'theme', v::text, count(*)::int FROM (SELECT unnest(themes) AS v FROM m) u GROUP BY 2
    UNION ALL SELECT 'ipArea', v::text, count(*)::int FROM (SELECT unnest(ip_areas) AS v FROM m) u GROUP BY 2
    UNION ALL SELECT 'country', v, count(DISTINCT id)::int FROM (SELECT id, unnest(countries || partner_countries) AS v FROM m) u GROUP BY 2
    UNION ALL SELECT 'region', v, count(*)::int FROM (SELECT unnest(place_regions) AS v FROM m) u GROUP BY 2
    UNION ALL SELECT 'status', v, count(*)::int FROM (SELECT unnest(place_statuses) AS v FROM m) u WHERE v = ANY(${[...STORY_DEV_STATUSES]}::text[]) GROUP BY 2
    UNION ALL SELECT 'modality', replace(modality::text, '_', '-'), count(*)::int FROM m GROUP BY 2
    UNION ALL SELECT 'year', y::text, count(*)::int FROM (SELECT generate_series(y0, y1) AS y FROM m WHERE y0 IS NOT NULL) u GROUP BY 2`);
  const facets = Object.fromEntries(STORY_FACETS.map((f) => [f, []])) as unknown as RawFacets;
  let total = 0;
  for (const r of rows) {
    if (r.facet === "*") total = Number(r.count);
    else if (r.facet in facets) facets[r.facet as StoryFacet].push({ value: r.value, count: Number(r.count) });
  }
  return { total, facets };
}

async function labelled(raw: RawFacets, lng: Locale): Promise<StoryList["facets"]> {
  const label = await storyLabellerFor(lng);
  const out = {} as StoryList["facets"];
  for (const facet of STORY_FACETS) {
    const values = raw[facet].map((r) => ({ value: r.value, label: label(facet, r.value), count: r.count }));
    // Years read best in order, newest first; the other facets by count, then label.
    values.sort(facet === "year" ? (a, b) => Number(b.value) - Number(a.value) : (a, b) => b.count - a.count || a.label.localeCompare(b.label));
    out[facet] = values;
  }
  return out;
}

type PageRow = StoryRow & { rank: number | null };

/** One page in the cursor's order: relevance when there is text to rank, else newest published first. */
function pageSql(where: Prisma.Sql, tsquery: string | null, cursor: StoryCursor | undefined, take: number): { sql: Prisma.Sql; ranked: boolean } {
  const ranked = tsquery !== null && (!cursor || cursor.s === "r");
  const rank = ranked ? Prisma.sql`ts_rank(search_vector, ${tsquery}::tsquery)` : Prisma.sql`NULL::real`;
  let after = Prisma.sql`true`;
  if (cursor?.s === "r" && ranked) after = Prisma.sql`(${rank}, published_at, id) < (${cursor.r}::real, ${cursor.t}::timestamptz, ${cursor.id}::uuid)`;
  else if (cursor) after = Prisma.sql`(published_at, id) < (${cursor.t}::timestamptz, ${cursor.id}::uuid)`;
  const inner = ranked ? Prisma.sql`${rank} DESC, published_at DESC, id DESC` : Prisma.sql`published_at DESC, id DESC`;
  const outer = ranked ? Prisma.sql`page.rank DESC, s.published_at DESC, s.id DESC` : Prisma.sql`s.published_at DESC, s.id DESC`;
  return {
    ranked,
    sql: Prisma.sql`WITH page AS (SELECT id, ${rank} AS rank FROM story WHERE ${where} AND ${after} ORDER BY ${inner} LIMIT ${take})
      SELECT ${Prisma.raw(STORY_COLUMNS)}, page.rank FROM page JOIN story s ON s.id = page.id ORDER BY ${outer}`,
  };
}

/**
 * Published stories matching the query: a keyset page (newest published first, by relevance
 * when `q` is given), the total and the facet counts over the whole result set, with labels in
 * the reader's language. The contract is docs/STORIES.md, "Search".
 */
export async function searchStories(query: StoriesQuery): Promise<StoryList> {
  const tokens = query.q ? queryTokens(query.q) : [];
  const tsquery = tokens.length ? toTsquery(tokens) : null;
  const where = storyWhere(query, tsquery);
  const [{ total, facets }, page] = await Promise.all([counts(where), (async () => {
    const { sql, ranked } = pageSql(where, tsquery, query.cursor, query.limit + 1);
    return { rows: await sqlRows<PageRow>(sql), ranked };
  })()]);
  const rows = page.rows.slice(0, query.limit);
  const last = rows.at(-1);
  const next = (l: PageRow): StoryCursor => {
    const t = new Date(l.published_at!).toISOString();
    return page.ranked ? { s: "r", r: Number(l.rank), t, id: l.id } : { s: "n", t, id: l.id };
  };
  return {
    items: rows.map((r) => summaryOf(r, query.lng)),
    total,
    nextCursor: page.rows.length > query.limit && last ? encodeStoryCursor(next(last)) : null,
    facets: await labelled(facets, query.lng),
  };
}
