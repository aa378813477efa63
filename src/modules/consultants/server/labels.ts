import "server-only";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import type { Availability, Skill } from "../constants";
import type { FacetName } from "../schemas";
import { consultantStrings } from "../strings";

export type Labeller = (facet: FacetName, value: string) => string;
const labellers = new Map<Locale, Promise<Labeller>>();

/**
 * Facet labels per locale, built once (as IP-TAD's): the strings come from files and the
 * country table, which do not change while the app runs.
 */
export function labellerFor(lng: Locale): Promise<Labeller> {
  let labeller = labellers.get(lng);
  if (!labeller) {
    labeller = (async () => {
      const [names, strings, ta, tc] = await Promise.all([placeNames(lng), consultantStrings(lng), getT(lng, "activities"), getT(lng, "countries")]);
      const languages = new Intl.DisplayNames([LOCALE_TAGS[lng]], { type: "language", fallback: "code" });
      const memo = new Map<string, string>();
      const place = (v: string) => (/^\d{3}$/.test(v) ? names.region(v) : names.country(v));
      const label: Record<FacetName, (v: string) => string> = {
        ipArea: (v) => ta(`ipAreas.${v}`),
        skill: (v) => strings.skills[v as Skill] ?? v,
        language: (v) => languages.of(v) ?? v,
        nationality: names.country,
        region: names.region,
        status: (v) => tc(`status.${v}`),
        availability: (v) => strings.availability[v as Availability] ?? v,
        servedIn: place,
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
