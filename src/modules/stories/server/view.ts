import "server-only";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { renderMarkdown } from "@/lib/markdown";
import type { Modality } from "@/modules/activities/constants";
import { storyLanguage, textIn } from "../localize";
import type { StoryDetail, StorySummary } from "../schemas";
import { nextStatuses } from "../state-machine";
import { inputOf, type StoryRow } from "./story-row";

export const imageUrl = (storyId: string, imageId: string) => `/api/v1/stories/${storyId}/images/${imageId}`;

type SummaryRow = Pick<
  StoryRow,
  "id" | "source_locale" | "complete_locales" | "title" | "summary" | "themes" | "ip_areas" | "countries" | "partner_countries" | "modality" | "period_start" | "period_end" | "published_at" | "images"
>;

function images(r: Pick<StoryRow, "id" | "images">, locale: Locale): StoryDetail["images"] {
  return r.images.map((i) => {
    // The alt text in the story's language, else the portal's rule (an image described in one language only).
    const alt = textIn(i.alt, locale) ? { text: textIn(i.alt, locale), locale } : pickLocalized(i.alt, locale);
    return { id: i.id, url: imageUrl(r.id, i.id), mimeType: i.mime_type, alt: alt.text, altLocale: alt.locale, position: i.position };
  });
}

/** A story in a list (search, home page, related stories), in one language by the translation rule. */
export function summaryOf(r: SummaryRow, lng: Locale): StorySummary {
  const { locale, fallback, availableLocales } = storyLanguage({ sourceLocale: r.source_locale, completeLocales: r.complete_locales, title: r.title }, lng);
  return {
    id: r.id,
    title: textIn(r.title, locale),
    summary: textIn(r.summary, locale),
    locale,
    fallback,
    availableLocales,
    themes: r.themes,
    ipAreas: r.ip_areas,
    countries: r.countries,
    partnerCountries: r.partner_countries,
    modality: r.modality as Modality,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
    image: images(r, locale)[0] ?? null,
  };
}

/** The whole story for its page: texts in one language, Markdown rendered through the sanitiser; `manage` for the secretariat. */
export function detailOf(r: StoryRow, lng: Locale, { manage }: { manage: boolean }): StoryDetail {
  const summary = summaryOf(r, lng);
  return {
    ...summary,
    status: r.status,
    origin: r.origin,
    sourceLocale: r.source_locale,
    bodyHtml: renderMarkdown(textIn(r.body, summary.locale as Locale)),
    resultsHtml: renderMarkdown(textIn(r.results, summary.locale as Locale)),
    partners: r.partners,
    igoSupport: r.igo_support,
    donorCountry: r.donor_country,
    placeRegions: r.place_regions,
    placeStatuses: r.place_statuses,
    images: images(r, summary.locale as Locale),
    activityIds: r.activity_ids,
    matchIds: r.match_ids,
    consultantIds: r.consultant_ids,
    updatedAt: new Date(r.updated_at).toISOString(),
    manage: manage
      ? {
          version: r.version,
          transitions: nextStatuses(r.status),
          input: inputOf(r),
          responseId: r.response_id,
          initiativeIndex: r.initiative_index,
          matchId: r.match_id,
          createdAt: new Date(r.created_at).toISOString(),
        }
      : null,
  };
}
