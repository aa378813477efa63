import type { Locale } from "@/lib/i18n/locales";
import { LOCALES } from "@/lib/i18n/locales";
import type { AssignmentRole, Availability, LanguageLevel, Sector, Skill } from "./constants";

/** The controlled lists' labels and facet names of locales/<lng>/consultants.json. */
export interface ConsultantStrings {
  skills: Record<Skill, string>;
  sectors: Record<Sector, string>;
  levels: Record<LanguageLevel, string>;
  availability: Record<Availability, string>;
  roles: Record<AssignmentRole, string>;
  facets: Record<string, string>;
  [key: string]: unknown;
}

/**
 * One locale's strings, read from the file (bundled per locale like src/lib/i18n/load.ts). Read
 * directly rather than through getT: facet labels and index tokens need plain strings, built
 * once per locale (pages use getT(lng, "consultants")).
 */
export async function consultantStrings(lng: Locale): Promise<ConsultantStrings> {
  const mod = (await import(`../../../locales/${lng}/consultants.json`)) as { default: ConsultantStrings };
  return mod.default;
}

/** Every skill's label in every locale: indexed with the profile, so "examen de brevets" finds patent examiners. */
export async function skillLabelsInAllLocales(): Promise<Record<Skill, string[]>> {
  const all = await Promise.all(LOCALES.map((l) => consultantStrings(l)));
  const out = {} as Record<Skill, string[]>;
  for (const strings of all) {
    for (const [skill, label] of Object.entries(strings.skills) as [Skill, string][]) (out[skill] ??= []).push(label);
  }
  return out;
}
