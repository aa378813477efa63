import "server-only";
import { Prisma } from "@/lib/db";
import type { LocalizedText } from "@/lib/i18n/locales";
import type { ActivityStatus, ActivityType, FundingType, IpArea } from "../constants";
import { whereSql, type ResolvedActivityQuery } from "./resolve-query";
import { appRunner, type SqlRunner } from "./sql-runner";

/**
 * Ranking is worth its cost only for selective text queries: ts_rank over 3,600 Chinese
 * matches took 129 ms at 1M rows (long bigram vectors), over 2,800 Latin ones 28 ms.
 */
export const RANK_LIMIT = 2_000;

/**
 * Text searches with more matches than can be ranked but fewer than this are paged one year at
 * a time (the year is in the full-text index): sorting all 11,600 matches of an Arabic query by
 * date read every one of their rows (13 ms at 1M); a year holds a few hundred. Above this the
 * planner walks the date index and stops at the page's last row.
 */
export const YEAR_SLICE_LIMIT = 30_000;

export interface PageRow {
  id: string;
  title: LocalizedText;
  type: ActivityType;
  ip_areas: IpArea[];
  /** YYYY-MM-DD (cast to text: pg would make a Date at local midnight). */
  start_date: string;
  end_date: string;
  venue_country: string | null;
  online: boolean;
  beneficiary_countries: string[];
  total_participants: number;
  modality: string;
  funding_type: FundingType;
  status: ActivityStatus;
  languages: string[];
  rank: number | null;
}

/**
 * One page's SQL (`take` rows, optionally within one year). The page is chosen on narrow columns
 * first and only its rows are read whole: reading every match's title before the sort cost
 * 157 ms for 11,600 Arabic matches, choosing first 19 ms.
 */
/** Part of the matches a page is looked for in: one year (in the full-text index), or all years before one. */
export type Slice = { year: number } | { beforeYear: number };

export function pageSql(resolved: ResolvedActivityQuery, byRank: boolean, take: number, slice?: Slice): Prisma.Sql {
  const where = whereSql(resolved);
  const rank = byRank ? Prisma.sql`ts_rank(search_vector, ${resolved.tsquery}::tsquery)` : Prisma.sql`NULL::real`;
  const c = resolved.query.cursor;
  const after = !c
    ? Prisma.sql`true`
    : byRank
      ? Prisma.sql`(${rank}, start_date, id) < (${c.r ?? 0}::real, ${c.d}::date, ${c.id}::uuid)`
      : Prisma.sql`(start_date, id) < (${c.d}::date, ${c.id}::uuid)`;
  // Equality only: a year range inside the GIN index is matched as two open ranges (80 ms at 1M).
  const inYear = !slice
    ? Prisma.sql`true`
    : "year" in slice
      ? Prisma.sql`year = ${slice.year}::smallint`
      : Prisma.sql`start_date < make_date(${slice.beforeYear}::int, 1, 1)`;
  const order = byRank ? Prisma.sql`${rank} DESC, start_date DESC, id DESC` : Prisma.sql`start_date DESC, id DESC`;
  return Prisma.sql`
    WITH page AS (SELECT id, start_date, ${rank} AS rank FROM activity WHERE ${where} AND ${after} AND ${inYear} ORDER BY ${order} LIMIT ${take})
    SELECT a.id, a.title, a.type::text AS type, a.ip_areas::text[] AS ip_areas, a.start_date::text AS start_date, a.end_date::text AS end_date, a.venue_country, a.online,
           a.beneficiary_countries, a.total_participants, a.modality::text AS modality, a.funding_type::text AS funding_type,
           a.status::text AS status, a.languages, page.rank
    FROM page JOIN activity a ON a.id = page.id
    ORDER BY page.rank DESC NULLS LAST, page.start_date DESC, page.id DESC`;
}

/** Years that have activities, newest first (from the totals the triggers keep). */
function yearsSql(): Prisma.Sql {
  return Prisma.sql`SELECT value::int AS year FROM activity_facet_total WHERE facet = 'year' ORDER BY 1 DESC`;
}

/**
 * The rows of one page (one more than `limit`, to tell whether another page follows) for a
 * search whose total is known. Exported so the benchmark runs exactly these statements.
 */
export async function pageRows(
  resolved: ResolvedActivityQuery,
  total: number,
  run: SqlRunner = appRunner,
): Promise<{ rows: PageRow[]; byRank: boolean }> {
  const { query } = resolved;
  const text = resolved.tsquery !== null;
  // A cursor keeps the order its first page had: a write in between can move the total across
  // RANK_LIMIT, and a date cursor read as a rank cursor (or the reverse) would skip or repeat rows.
  const byRank = query.cursor ? text && query.cursor.r !== undefined : text && query.sort !== "date" && total <= RANK_LIMIT;
  const take = query.limit + 1;
  if (byRank || !text || total <= RANK_LIMIT || total > YEAR_SLICE_LIMIT) {
    return { rows: await run<PageRow>(pageSql(resolved, byRank, take)), byRank };
  }
  const cursorYear = query.cursor ? Number(query.cursor.d.slice(0, 4)) : Infinity;
  const wanted = query.year?.length ? new Set(query.year) : null;
  const years = (await run<{ year: number }>(yearsSql())).map((r) => Number(r.year)).filter((y) => y <= cursorYear && (!wanted || wanted.has(y)));
  // The two newest years one by one (a first page is nearly always there), then everything older
  // in one statement, so a page that reaches far back (the last one) costs three, not one per year.
  const rows: PageRow[] = [];
  const slices: Slice[] = [...years.slice(0, 2).map((year) => ({ year })), ...(years.length > 2 ? [{ beforeYear: years[1]! }] : [])];
  for (const slice of slices) {
    if (rows.length >= take) break;
    rows.push(...(await run<PageRow>(pageSql(resolved, false, take - rows.length, slice))));
  }
  return { rows, byRank };
}
