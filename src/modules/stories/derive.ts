import type { Locale, LocalizedText } from "@/lib/i18n/locales";
import { indexTokens } from "@/lib/search-text";
import type { Modality } from "@/modules/activities/constants";
// modality.ts is pure; the activities' server index pulls in Next.js request APIs (as in matchmaking/server/match-modality.ts).
// eslint-disable-next-line house/module-boundaries
import { modalityOf, type CountryStatus } from "@/modules/activities/modality";
import type { CountryFacts } from "@/modules/countries/server";
import type { StoryInput } from "./schemas";

export interface DerivedStoryFacts {
  /** IP-TAD's rule: providers are the partner countries, beneficiaries the countries; an IGO or a developed donor makes it triangular. */
  modality: Modality;
  /** Every M49 level of every country and partner country (as a listing's place regions). */
  placeRegions: string[];
  /** Development status of each of those countries, and `ldc`. */
  placeStatuses: string[];
  searchTokens: string[];
  titleTokens: string[];
  /** The languages the story reads completely in: the source language, then those marked complete, in the portal's order. */
  completeLocales: Locale[];
}

/** Everything stored beside a story that is computed from it, never typed. */
export function deriveStoryFacts(input: StoryInput, facts: Map<string, CountryFacts>): DerivedStoryFacts {
  const status = (c: string): CountryStatus => facts.get(c)?.developmentStatus ?? "developed";
  const modality = modalityOf({
    beneficiaries: input.countries.map(status),
    providers: input.partnerCountries.map(status),
    donor: input.donorCountry ? status(input.donorCountry) : null,
    igoSupport: input.igoSupport,
  });
  const regions = new Set<string>();
  const statuses = new Set<string>();
  for (const c of [...input.countries, ...input.partnerCountries]) {
    const f = facts.get(c);
    if (!f) continue;
    f.regions.forEach((r) => regions.add(r));
    statuses.add(f.developmentStatus);
    if (f.ldc) statuses.add("ldc");
  }
  const all = (m: LocalizedText) => Object.values(m).join(" ");
  const titles = all(input.title);
  return {
    modality,
    placeRegions: [...regions].sort(),
    placeStatuses: [...statuses].sort(),
    searchTokens: indexTokens([titles, all(input.summary), input.partners.join(" "), all(input.results), all(input.body)].join(" ")),
    titleTokens: indexTokens(titles),
    completeLocales: [input.sourceLocale, ...input.completeLocales.filter((l) => l !== input.sourceLocale)],
  };
}

export { tsvectorText } from "@/lib/search-text";
