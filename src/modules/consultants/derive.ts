import type { LocalizedText } from "@/lib/i18n/locales";
import type { CountryFacts } from "@/modules/countries/server";
import type { Skill } from "./constants";
import { indexTokens, normalize } from "@/lib/search-text";

/** Han, kana and Hangul characters: a name's are also indexed one by one, so a family name alone (王) finds 王芳. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export interface ConsultantFactsInput {
  fullName: string;
  latinName: string | null;
  organisation: string;
  position: string;
  nationalities: string[];
  skills: Skill[];
  bio: LocalizedText;
  languages: { code: string }[];
}

export interface DerivedConsultantFacts {
  nationalities: string[];
  /** Every M49 level of every nationality. */
  nationalityRegions: string[];
  /** Development status of each nationality, and `ldc`. */
  nationalityStatuses: string[];
  languages: string[];
  bioLocales: string[];
  /** Name tokens (as written and transliterated), weighted above the rest in ranking. */
  nameTokens: string[];
  searchTokens: string[];
}

/**
 * Everything stored beside a profile that is computed from it, never typed. `skillLabels`: each
 * skill's label in every locale, so a search in any language finds the skill.
 */
export function deriveConsultantFacts(input: ConsultantFactsInput, facts: Map<string, CountryFacts>, skillLabels: Record<Skill, string[]>): DerivedConsultantFacts {
  const nationalities = [...new Set(input.nationalities)].sort();
  const regions = new Set<string>();
  const statuses = new Set<string>();
  for (const c of nationalities) {
    const f = facts.get(c);
    if (!f) continue;
    f.regions.forEach((r) => regions.add(r));
    statuses.add(f.developmentStatus);
    if (f.ldc) statuses.add("ldc");
  }
  const names = [input.fullName, input.latinName ?? ""].join(" ");
  const nameChars = normalize(names).match(CJK_CHAR) ?? [];
  const text = [names, input.organisation, input.position, ...input.skills.flatMap((s) => skillLabels[s] ?? [s]), ...Object.values(input.bio)].join(" ");
  return {
    nationalities,
    nationalityRegions: [...regions].sort(),
    nationalityStatuses: [...statuses].sort(),
    languages: [...new Set(input.languages.map((l) => l.code))].sort(),
    bioLocales: Object.entries(input.bio)
      .filter(([, v]) => Boolean(v && v.trim()))
      .map(([k]) => k)
      .sort(),
    nameTokens: [...new Set([...indexTokens(names), ...nameChars])],
    searchTokens: [...new Set([...indexTokens(text), ...nameChars])],
  };
}

export { tsvectorText } from "@/lib/search-text";
