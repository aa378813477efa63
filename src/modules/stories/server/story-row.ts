import "server-only";
import type { DbTx } from "@/lib/db";
import type { Locale, LocalizedText } from "@/lib/i18n/locales";
import type { IpArea } from "@/modules/activities/constants";
import type { Theme } from "@/modules/content/constants";
import type { StoryOrigin, StoryStatus } from "../constants";
import type { StoryInput } from "../schemas";

/** A story as stored (its columns by their SQL names, the link tables as id lists). */
export interface StoryRow {
  id: string;
  status: StoryStatus;
  version: number;
  origin: StoryOrigin;
  source_locale: Locale;
  complete_locales: Locale[];
  title: LocalizedText;
  summary: LocalizedText;
  body: LocalizedText;
  results: LocalizedText;
  themes: Theme[];
  ip_areas: IpArea[];
  countries: string[];
  partner_countries: string[];
  partners: string[];
  igo_support: boolean;
  donor_country: string | null;
  modality: string;
  place_regions: string[];
  place_statuses: string[];
  period_start: number | null;
  period_end: number | null;
  response_id: string | null;
  initiative_index: number | null;
  match_id: string | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  activity_ids: string[];
  match_ids: string[];
  consultant_ids: string[];
  images: { id: string; mime_type: string; alt: LocalizedText; position: number }[];
}

/** The columns of StoryRow from a story aliased `s`. */
export const STORY_COLUMNS = `s.id, s.status::text AS status, s.version, s.origin::text AS origin, s.source_locale, s.complete_locales,
  s.title, s.summary, s.body, s.results, s.themes::text[] AS themes, s.ip_areas::text[] AS ip_areas, s.countries, s.partner_countries,
  s.partners, s.igo_support, s.donor_country, replace(s.modality::text, '_', '-') AS modality, s.place_regions, s.place_statuses,
  s.period_start, s.period_end, s.response_id::text AS response_id, s.initiative_index, s.match_id::text AS match_id,
  s.published_at, s.created_at, s.updated_at,
  ARRAY(SELECT a.activity_id::text FROM story_activity a WHERE a.story_id = s.id ORDER BY a.activity_id) AS activity_ids,
  ARRAY(SELECT m.match_id::text FROM story_match m WHERE m.story_id = s.id ORDER BY m.match_id) AS match_ids,
  ARRAY(SELECT c.consultant_id::text FROM story_consultant c WHERE c.story_id = s.id ORDER BY c.consultant_id) AS consultant_ids,
  (SELECT coalesce(json_agg(json_build_object('id', i.id, 'mime_type', i.mime_type, 'alt', i.alt, 'position', i.position) ORDER BY i.position, i.id), '[]')
     FROM story_image i WHERE i.story_id = s.id) AS images`;

/** One story by id, optionally locked for the transaction's write (FOR UPDATE). */
export async function storyById(tx: DbTx, id: string, { lock = false } = {}): Promise<StoryRow | null> {
  const rows = await tx.$queryRawUnsafe<StoryRow[]>(`SELECT ${STORY_COLUMNS} FROM story s WHERE s.id = $1::uuid ${lock ? "FOR UPDATE OF s" : ""}`, id);
  return rows[0] ?? null;
}

/** The stored story as an input, so a PATCH is merged with it and checked whole (and a 409 shows it). */
export function inputOf(s: StoryRow): StoryInput {
  return {
    sourceLocale: s.source_locale,
    completeLocales: s.complete_locales.filter((l) => l !== s.source_locale),
    title: s.title,
    summary: s.summary,
    body: s.body,
    results: s.results,
    themes: s.themes,
    ipAreas: s.ip_areas,
    countries: s.countries,
    partnerCountries: s.partner_countries,
    partners: s.partners,
    igoSupport: s.igo_support,
    donorCountry: s.donor_country,
    periodStart: s.period_start,
    periodEnd: s.period_end,
    activityIds: s.activity_ids,
    matchIds: s.match_ids,
    consultantIds: s.consultant_ids,
  };
}
