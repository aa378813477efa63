import "server-only";
import { db, Prisma, sqlRows } from "@/lib/db";
import { invalidInput, notFound } from "@/lib/errors";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import type { CurrentUser } from "@/modules/accounts/server";
import { decide } from "@/modules/accounts/policy";
import type { MatchesQuery, MatchList, MatchView } from "../schemas";

interface MatchRow {
  id: string;
  title: unknown;
  support_type: MatchView["supportType"];
  modality: string;
  status: MatchView["status"];
  themes: MatchView["themes"];
  ip_areas: MatchView["ipAreas"];
  countries: string[];
  starts_on: string;
  outcome: unknown;
  is_public: boolean;
  version: number;
  parties: { role: MatchView["parties"][number]["role"]; listing_id: string | null; consultant_id: string | null; organisation: string; country: string | null; listing_org: string | null; consultant_name: string | null }[];
  activity_ids: string[];
}

const COLUMNS = Prisma.sql`m.id, m.title, m.support_type::text AS support_type, m.modality::text AS modality, m.status::text AS status,
  m.themes::text[] AS themes, m.ip_areas::text[] AS ip_areas, m.countries, m.starts_on::text AS starts_on, m.outcome, m.is_public, m.version,
  (SELECT coalesce(json_agg(json_build_object('role', p.role, 'listing_id', p.listing_id, 'consultant_id', p.consultant_id, 'organisation', p.organisation,
      'country', p.country, 'listing_org', l.organisation, 'consultant_name', c.full_name) ORDER BY p.role, p.id), '[]')
   FROM match_party p LEFT JOIN listing l ON l.id = p.listing_id LEFT JOIN consultant c ON c.id = p.consultant_id AND c.status = 'approved'
   WHERE p.match_id = m.id) AS parties,
  ARRAY(SELECT a.activity_id::text FROM match_activity a WHERE a.match_id = m.id ORDER BY a.activity_id) AS activity_ids`;

function view(r: MatchRow, lng: Locale): MatchView {
  const title = pickLocalized(r.title, lng);
  const outcome = pickLocalized(r.outcome, lng);
  return {
    id: r.id,
    title: title.text,
    titleLocale: title.locale,
    supportType: r.support_type,
    modality: r.modality.replace("_", "-") as MatchView["modality"],
    status: r.status,
    themes: r.themes,
    ipAreas: r.ip_areas,
    countries: r.countries,
    startsOn: r.starts_on,
    outcome: outcome.text,
    outcomeLocale: outcome.locale,
    parties: r.parties.map((p) => ({
      role: p.role,
      name: p.listing_org ?? p.consultant_name ?? p.organisation,
      country: p.country,
      listingId: p.listing_id,
      consultantId: p.consultant_name ? p.consultant_id : null,
    })),
    activityIds: r.activity_ids,
    isPublic: r.is_public,
    version: r.version,
  };
}

const decodeCursor = (raw: string): { d: string; id: string } => {
  try {
    const v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as { d?: unknown; id?: unknown };
    if (typeof v.d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.d) && typeof v.id === "string" && /^[0-9a-f-]{36}$/.test(v.id)) return { d: v.d, id: v.id };
  } catch {
    // fall through
  }
  throw invalidInput([{ name: "cursor", reason: "invalid_cursor" }]);
};

/**
 * Matches, newest start first: public ones for everyone (the "successful matches" page);
 * `all` (the secretariat's brokering view) includes those not made public.
 */
export async function listMatches(query: MatchesQuery, { all = false } = {}): Promise<MatchList> {
  const where: Prisma.Sql[] = [all ? Prisma.sql`true` : Prisma.sql`m.is_public`];
  if (query.type?.length) where.push(Prisma.sql`m.support_type = ANY(${query.type}::"SupportType"[])`);
  if (query.modality?.length) where.push(Prisma.sql`m.modality = ANY(${query.modality.map((x) => x.replace("-", "_"))}::"Modality"[])`);
  if (query.theme?.length) where.push(Prisma.sql`m.themes && ${query.theme}::"Theme"[]`);
  if (query.region?.length) where.push(Prisma.sql`m.place_regions && ${query.region}::text[]`);
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    where.push(Prisma.sql`(m.starts_on, m.id) < (${c.d}::date, ${c.id}::uuid)`);
  }
  const rows = await sqlRows<MatchRow>(Prisma.sql`SELECT ${COLUMNS} FROM match m WHERE ${Prisma.join(where, " AND ")}
    ORDER BY m.starts_on DESC, m.id DESC LIMIT ${query.limit + 1}`);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => view(r, query.lng)),
    nextCursor: rows.length > query.limit && last ? Buffer.from(JSON.stringify({ d: last.starts_on, id: last.id })).toString("base64url") : null,
  };
}

/** One match: public ones for anyone; others for the secretariat only (404 to others). */
export async function getMatch(id: string, user: CurrentUser | null, lng: Locale): Promise<MatchView> {
  const [r] = await db().$queryRaw<MatchRow[]>`SELECT ${COLUMNS} FROM match m WHERE m.id = ${id}::uuid`;
  if (!r || (!r.is_public && decide(user, "matchmaking.matches.manage") !== "allow")) throw notFound("No such match");
  return view(r, lng);
}
