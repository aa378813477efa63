import "server-only";
import { Prisma, sqlRows } from "@/lib/db";
import { NO_DEADLINE, type ListingCursor } from "../schemas";
import type { ListingRow } from "./listing-row";
import type { ResolvedListingQuery } from "./resolve-query";
import type { Run } from "./suggest-listings";

/** Ranking is worth its cost only for selective text queries (as the roster's and IP-TAD's). */
export const RANK_LIMIT = 2_000;
export type PageOrder = ListingCursor["s"];

export type PageRow = Omit<ListingRow, "contact_name" | "contact_email" | "contact_phone" | "review_comment"> & { rank: number | null };

export function pageOrder(resolved: ResolvedListingQuery, total: number): PageOrder {
  const { query } = resolved;
  if (query.cursor) return query.cursor.s === "r" && resolved.tsquery === null ? "n" : query.cursor.s;
  if (query.sort === "deadline") return "d";
  if (query.sort === "relevance" && resolved.tsquery !== null && total <= RANK_LIMIT) return "r";
  return "n";
}

/** The public columns of a listing row `l` (never the contact). */
export const PUBLIC_COLUMNS = Prisma.raw(`l.id, l.kind::text AS kind, l.status::text AS status, l.version, l.owner_id, l.owner_country, l.organisation,
  l.organisation_type::text AS organisation_type, l.title, l.description, l.text_locales, l.support_type::text AS support_type,
  l.forms::text[] AS forms, l.ip_areas::text[] AS ip_areas, l.themes::text[] AS themes, l.countries, l.regions, l.place_regions, l.languages,
  l.budget_min::text AS budget_min, l.budget_max::text AS budget_max, l.currency, l.deadline::text AS deadline, l.timeframe,
  l.published_at, l.last_activity_at, l.submitted_at, l.created_at,
  (SELECT count(*)::int FROM listing_interest i WHERE i.listing_id = l.id) AS interests`);

const DEADLINE = Prisma.raw(`coalesce(deadline, DATE '${NO_DEADLINE}')`);

export function pageSql(resolved: ResolvedListingQuery, order: PageOrder, take: number): Prisma.Sql {
  const rank = order === "r" ? Prisma.sql`ts_rank(search_vector, ${resolved.tsquery}::tsquery)` : Prisma.sql`NULL::real`;
  const c = resolved.query.cursor;
  let after = Prisma.sql`true`;
  if (c?.s === "r" && order === "r") after = Prisma.sql`(${rank}, published_at, id) < (${c.r}::real, ${c.t}::timestamptz, ${c.id}::uuid)`;
  else if (c?.s === "n" || (c?.s === "r" && order === "n")) after = Prisma.sql`(published_at, id) < (${c.t}::timestamptz, ${c.id}::uuid)`;
  else if (c?.s === "d") after = Prisma.sql`(${DEADLINE}, id) > (${c.d}::date, ${c.id}::uuid)`;
  const inner = order === "r" ? Prisma.sql`${rank} DESC, published_at DESC, id DESC` : order === "n" ? Prisma.sql`published_at DESC, id DESC` : Prisma.sql`${DEADLINE} ASC, id ASC`;
  const outer =
    order === "r"
      ? Prisma.sql`page.rank DESC, l.published_at DESC, l.id DESC`
      : order === "n"
        ? Prisma.sql`l.published_at DESC, l.id DESC`
        : Prisma.sql`coalesce(l.deadline, DATE '9999-12-31') ASC, l.id ASC`;
  return Prisma.sql`
    WITH page AS (SELECT id, ${rank} AS rank FROM listing WHERE ${resolved.where} AND ${after} ORDER BY ${inner} LIMIT ${take})
    SELECT ${PUBLIC_COLUMNS}, page.rank FROM page JOIN listing l ON l.id = page.id ORDER BY ${outer}`;
}

export async function pageRows(resolved: ResolvedListingQuery, total: number, run: Run = sqlRows): Promise<{ rows: PageRow[]; order: PageOrder }> {
  const order = pageOrder(resolved, total);
  return { rows: await run<PageRow>(pageSql(resolved, order, resolved.query.limit + 1)), order };
}
