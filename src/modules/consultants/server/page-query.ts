import "server-only";
import { Prisma } from "@/lib/db";
import type { LocalizedText } from "@/lib/i18n/locales";
import type { IpArea } from "@/modules/activities/constants";
import type { Availability, LanguageLevel, Sector, Skill } from "../constants";
import type { ConsultantCursor } from "../schemas";
import { staleCondition, type ResolvedConsultantQuery } from "./resolve-query";
import { appRunner, type SqlRunner } from "./sql-runner";

/** Ranking is worth its cost only for selective text queries (STACK-NOTES: ts_rank over large match sets is the trap). */
export const RANK_LIMIT = 2_000;

/** The three keyset orders: rank, most assignments, most recently confirmed (each ending on id). */
export type PageOrder = ConsultantCursor["s"];

export interface PageRow {
  id: string;
  full_name: string;
  latin_name: string | null;
  nationalities: string[];
  residence_country: string;
  organisation: string;
  position: string;
  ip_areas: IpArea[];
  skills: Skill[];
  sectors: Sector[];
  years_experience: number;
  language_levels: { code: string; level: LanguageLevel }[];
  bio: LocalizedText;
  availability: Availability;
  unavailable_until: string | null;
  travel: boolean;
  remote: boolean;
  assignment_count: number;
  south_south_count: number;
  countries_served: number;
  last_confirmed_at: Date;
  stale: boolean;
  has_photo: boolean;
  rank: number | null;
}

/** The order a page is read in: the cursor's when there is one (a cursor keeps its order), else the request's. */
export function pageOrder(resolved: ResolvedConsultantQuery, total: number): PageOrder {
  const { query } = resolved;
  if (query.cursor) return query.cursor.s === "r" && resolved.tsquery === null ? "a" : query.cursor.s;
  if (query.sort === "confirmed") return "c";
  if (query.sort === "relevance" && resolved.tsquery !== null && total <= RANK_LIMIT) return "r";
  return "a";
}

/** The columns a page shows, for the rows of `source` joined as `c` (also used by the profile and the export). */
export const SUMMARY_COLUMNS = Prisma.sql`c.id, c.full_name, c.latin_name, c.nationalities, c.residence_country, c.organisation, c.position,
  c.ip_areas::text[] AS ip_areas, c.skills::text[] AS skills, c.sectors::text[] AS sectors, c.years_experience,
  (SELECT coalesce(json_agg(json_build_object('code', l.code, 'level', l.level) ORDER BY array_position(ARRAY['native', 'fluent', 'working'], l.level::text), l.code), '[]')
     FROM consultant_language l WHERE l.consultant_id = c.id) AS language_levels,
  c.bio, consultant_effective_availability(c.availability, c.unavailable_until) AS availability,
  CASE WHEN c.unavailable_until >= current_date THEN c.unavailable_until::text END AS unavailable_until,
  c.travel, c.remote, c.assignment_count, c.south_south_count, cardinality(c.served_countries) AS countries_served,
  c.last_confirmed_at, ${staleCondition(Prisma.raw("c.last_confirmed_at"))} AS stale,
  c.photo_mime IS NOT NULL AS has_photo`;

/** One page's SQL: chosen on narrow columns first, then only its rows read whole. */
export function pageSql(resolved: ResolvedConsultantQuery, order: PageOrder, take: number): Prisma.Sql {
  const rank = order === "r" ? Prisma.sql`ts_rank(search_vector, ${resolved.tsquery}::tsquery)` : Prisma.sql`NULL::real`;
  const c = resolved.query.cursor;
  let after = Prisma.sql`true`;
  if (c?.s === "r" && order === "r") after = Prisma.sql`(${rank}, assignment_count, id) < (${c.r}::real, ${c.n}::int, ${c.id}::uuid)`;
  else if (c?.s === "a" || (c?.s === "r" && order === "a")) after = Prisma.sql`(assignment_count, id) < (${c.n}::int, ${c.id}::uuid)`;
  else if (c?.s === "c") after = Prisma.sql`(last_confirmed_at, id) < (${c.t}::timestamptz, ${c.id}::uuid)`;
  const inner =
    order === "r"
      ? Prisma.sql`${rank} DESC, assignment_count DESC, id DESC`
      : order === "a"
        ? Prisma.sql`assignment_count DESC, id DESC`
        : Prisma.sql`last_confirmed_at DESC, id DESC`;
  const outer =
    order === "r"
      ? Prisma.sql`page.rank DESC, page.assignment_count DESC, page.id DESC`
      : order === "a"
        ? Prisma.sql`page.assignment_count DESC, page.id DESC`
        : Prisma.sql`page.last_confirmed_at DESC, page.id DESC`;
  return Prisma.sql`
    WITH page AS (SELECT id, assignment_count, last_confirmed_at, ${rank} AS rank FROM consultant
                  WHERE ${resolved.where} AND ${after} ORDER BY ${inner} LIMIT ${take})
    SELECT ${SUMMARY_COLUMNS}, page.rank
    FROM page JOIN consultant c ON c.id = page.id
    ORDER BY ${outer}`;
}

/**
 * The rows of one page (one more than `limit`, to tell whether another page follows) for a
 * search whose total is known. Exported so the benchmark runs exactly these statements.
 */
export async function pageRows(resolved: ResolvedConsultantQuery, total: number, run: SqlRunner = appRunner): Promise<{ rows: PageRow[]; order: PageOrder }> {
  const order = pageOrder(resolved, total);
  return { rows: await run<PageRow>(pageSql(resolved, order, resolved.query.limit + 1)), order };
}
