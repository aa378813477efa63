import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import type { StoryFacet } from "../schemas";

export type StoryLabeller = (facet: StoryFacet, value: string) => string;
const labellers = new Map<Locale, Promise<StoryLabeller>>();

/**
 * Facet labels per locale, built once (the strings and the country table do not change while
 * the app runs): themes from common.json, IP areas and modalities from activities.json,
 * development statuses from countries.json, places from the country table; years as numbers.
 */
export function storyLabellerFor(lng: Locale): Promise<StoryLabeller> {
  let labeller = labellers.get(lng);
  if (!labeller) {
    labeller = (async () => {
      const [names, ta, tc, t] = await Promise.all([placeNames(lng), getT(lng, "activities"), getT(lng, "countries"), getT(lng, "common")]);
      const label: Record<StoryFacet, (v: string) => string> = {
        theme: (v) => t(`themes.${v}`),
        ipArea: (v) => ta(`ipAreas.${v}`),
        modality: (v) => ta(`modalities.${v}`),
        country: names.country,
        region: names.region,
        status: (v) => tc(`status.${v}`),
        year: (v) => v,
      };
      const memo = new Map<string, string>();
      return (facet, value) => {
        const key = `${facet}:${value}`;
        let text = memo.get(key);
        if (text === undefined) memo.set(key, (text = label[facet](value)));
        return text;
      };
    })();
    labeller.catch(() => labellers.delete(lng));
    labellers.set(lng, labeller);
  }
  return labeller;
}
