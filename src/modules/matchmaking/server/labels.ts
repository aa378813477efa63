import "server-only";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import type { ListingFacet } from "../schemas";

export type Labeller = (facet: ListingFacet, value: string) => string;
const labellers = new Map<Locale, Promise<Labeller>>();

/** Facet and reason labels per locale, built once (the strings and the country table do not change while the app runs). */
export function labellerFor(lng: Locale): Promise<Labeller> {
  let labeller = labellers.get(lng);
  if (!labeller) {
    labeller = (async () => {
      const [names, tm, ta, tc, t] = await Promise.all([placeNames(lng), getT(lng, "matchmaking"), getT(lng, "activities"), getT(lng, "countries"), getT(lng, "common")]);
      const languages = new Intl.DisplayNames([LOCALE_TAGS[lng]], { type: "language", fallback: "code" });
      const memo = new Map<string, string>();
      const label: Record<ListingFacet, (v: string) => string> = {
        kind: (v) => tm(`kinds.${v}`),
        supportType: (v) => tm(`supportTypes.${v}`),
        form: (v) => tm(`forms.${v}`),
        ipArea: (v) => ta(`ipAreas.${v}`),
        theme: (v) => t(`themes.${v}`),
        country: names.country,
        region: names.region,
        devStatus: (v) => tc(`status.${v}`),
        lang: (v) => languages.of(v) ?? v,
        status: (v) => tm(`statuses.${v}`),
      };
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
