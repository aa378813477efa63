import "server-only";
import type { DbTx } from "@/lib/db";
import type { LocalizedText } from "@/lib/i18n/locales";
import type { IpArea } from "@/modules/activities/constants";
import type { Theme } from "@/modules/content/constants";
import type { ListingKind, ListingStatus, OrganisationType, SupportForm, SupportType } from "../constants";

/** A listing as stored (its columns by their SQL names), for the workflow's checks and the pages. */
export interface ListingRow {
  id: string;
  kind: ListingKind;
  status: ListingStatus;
  version: number;
  owner_id: string | null;
  owner_country: string | null;
  organisation: string;
  organisation_type: OrganisationType;
  title: LocalizedText;
  description: LocalizedText;
  text_locales: string[];
  support_type: SupportType;
  forms: SupportForm[];
  ip_areas: IpArea[];
  themes: Theme[];
  countries: string[];
  regions: string[];
  place_regions: string[];
  languages: string[];
  budget_min: string | null;
  budget_max: string | null;
  currency: string | null;
  deadline: string | null;
  timeframe: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  review_comment: string | null;
  published_at: Date | null;
  last_activity_at: Date;
  submitted_at: Date | null;
  created_at: Date;
  interests: number;
}

export const LISTING_COLUMNS = `l.id, l.kind::text AS kind, l.status::text AS status, l.version, l.owner_id, l.owner_country, l.organisation,
  l.organisation_type::text AS organisation_type, l.title, l.description, l.text_locales, l.support_type::text AS support_type,
  l.forms::text[] AS forms, l.ip_areas::text[] AS ip_areas, l.themes::text[] AS themes, l.countries, l.regions, l.place_regions, l.languages,
  l.budget_min::text AS budget_min, l.budget_max::text AS budget_max, l.currency, l.deadline::text AS deadline, l.timeframe,
  l.contact_name, l.contact_email, l.contact_phone, l.review_comment, l.published_at, l.last_activity_at, l.submitted_at, l.created_at,
  (SELECT count(*)::int FROM listing_interest i WHERE i.listing_id = l.id) AS interests`;

/** One listing by id, optionally locked for the transaction's write (FOR UPDATE). */
export async function listingById(tx: DbTx, id: string, { lock = false } = {}): Promise<ListingRow | null> {
  const rows = await tx.$queryRawUnsafe<ListingRow[]>(`SELECT ${LISTING_COLUMNS} FROM listing l WHERE l.id = $1::uuid ${lock ? "FOR UPDATE OF l" : ""}`, id);
  return rows[0] ?? null;
}
