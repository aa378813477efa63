import "server-only";
import { Prisma, sqlRows } from "@/lib/db";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { getActivity } from "@/modules/activities/server";
import { getConsultant } from "@/modules/consultants/server";
import { getMatch } from "@/modules/matchmaking/server";
import type { StoryDetail, StorySummary } from "../schemas";
import { STORY_COLUMNS } from "./story-row";
import { summaryOf } from "./view";

export interface StoryRelated {
  /** The linked IP-TAD activities (title in the reader's language, else the portal's fallback). */
  activities: { id: string; title: string; titleLocale: string; startDate: string; endDate: string; modality: string }[];
  /** The linked roster consultants: approved profiles only, public data only (no contact). */
  consultants: { id: string; fullName: string; nationalities: string[]; organisation: string; position: string }[];
  /** The linked matches that are public. */
  matches: { id: string; title: string; titleLocale: string; status: string; startsOn: string }[];
  /** Other published stories sharing a theme or an IP area, newest first. */
  stories: StorySummary[];
}

/** What the story page shows beside the story (each kind read through its module's server door). */
export async function storyRelated(story: Pick<StoryDetail, "id" | "activityIds" | "consultantIds" | "matchIds" | "themes" | "ipAreas">, lng: Locale, { limit = 4 } = {}): Promise<StoryRelated> {
  const [activities, consultants, matches, stories] = await Promise.all([
    Promise.all(story.activityIds.map((id) => getActivity(id))),
    Promise.all(story.consultantIds.map((id) => getConsultant(id, { view: "public", lng }))),
    Promise.all(story.matchIds.map((id) => getMatch(id, null, lng).catch(() => null))),
    story.themes.length || story.ipAreas.length
      ? sqlRows<Parameters<typeof summaryOf>[0]>(Prisma.sql`
          SELECT ${Prisma.raw(STORY_COLUMNS)} FROM story s
          WHERE s.status = 'published' AND s.id <> ${story.id}::uuid
            AND (s.themes && ${story.themes}::text[]::"Theme"[] OR s.ip_areas && ${story.ipAreas}::text[]::"IpArea"[])
          ORDER BY (cardinality(ARRAY(SELECT unnest(s.themes::text[]) INTERSECT SELECT unnest(${story.themes}::text[])))
                  + cardinality(ARRAY(SELECT unnest(s.ip_areas::text[]) INTERSECT SELECT unnest(${story.ipAreas}::text[])))) DESC,
                   s.published_at DESC, s.id DESC
          LIMIT ${limit}`)
      : Promise.resolve([]),
  ]);
  return {
    activities: activities.flatMap((a) => {
      if (!a) return [];
      const title = pickLocalized(a.title, lng);
      return [{ id: a.id, title: title.text, titleLocale: title.locale, startDate: a.startDate, endDate: a.endDate, modality: a.modality }];
    }),
    consultants: consultants.flatMap((c) => (c ? [{ id: c.id, fullName: c.fullName, nationalities: c.nationalities, organisation: c.organisation, position: c.position }] : [])),
    matches: matches.flatMap((m) => (m ? [{ id: m.id, title: m.title, titleLocale: m.titleLocale, status: m.status, startsOn: m.startsOn }] : [])),
    stories: stories.map((r) => summaryOf(r, lng)),
  };
}
