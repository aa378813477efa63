import type { LocalizedText } from "@/lib/i18n/locales";
import { indexTokens } from "@/lib/search-text";
import type { CountryFacts } from "@/modules/countries/server";

export interface ListingFactsInput {
  title: LocalizedText;
  description: LocalizedText;
  organisation: string;
  countries: string[];
  regions: string[];
}

export interface DerivedListingFacts {
  /** Every M49 level of every country, and the regions named. */
  placeRegions: string[];
  /** Development status of each country, and `ldc`. */
  placeStatuses: string[];
  textLocales: string[];
  searchTokens: string[];
  /** The title's tokens that say something: suggestions compare listings on these. */
  titleTokens: string[];
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * Short words are mostly grammar in the portal's alphabetic languages ("of", "de", "для", "في"),
 * so a title token counts for similarity from four letters on; CJK bigrams always count.
 */
export const distinctive = (token: string) => CJK.test(token) || [...token].length >= 4;

/** Everything stored beside a listing that is computed from it, never typed. */
export function deriveListingFacts(input: ListingFactsInput, facts: Map<string, CountryFacts>): DerivedListingFacts {
  const regions = new Set<string>(input.regions);
  const statuses = new Set<string>();
  for (const c of input.countries) {
    const f = facts.get(c);
    if (!f) continue;
    f.regions.forEach((r) => regions.add(r));
    statuses.add(f.developmentStatus);
    if (f.ldc) statuses.add("ldc");
  }
  const locales = [...new Set([...Object.keys(input.title), ...Object.keys(input.description)])].filter(
    (l) => Boolean(input.title[l as keyof LocalizedText]?.trim() || input.description[l as keyof LocalizedText]?.trim()),
  );
  const titles = Object.values(input.title).join(" ");
  return {
    placeRegions: [...regions].sort(),
    placeStatuses: [...statuses].sort(),
    textLocales: locales.sort(),
    searchTokens: indexTokens([titles, input.organisation, ...Object.values(input.description)].join(" ")),
    titleTokens: indexTokens(titles).filter(distinctive).slice(0, 64),
  };
}

export { tsvectorText } from "@/lib/search-text";
