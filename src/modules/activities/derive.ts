import type { LocalizedText } from "@/lib/i18n/locales";
import type { CountryFacts } from "@/modules/countries/server";
import type { Modality } from "./constants";
import { modalityOf, type CountryStatus } from "./modality";
import { indexTokens } from "@/lib/search-text";

export interface ActivityFactsInput {
  title: LocalizedText;
  description: LocalizedText;
  startDate: string;
  beneficiaries: { country: string; participants: number }[];
  experts: { name: string; country?: string | null }[];
  /** Countries of providing offices besides the experts'. */
  providerCountries?: string[];
  /**
   * The nationalities of each roster consultant assigned to the activity (one list per
   * consultant). Where there are any, they are the experts' side of the providers, in place of
   * the free-text experts' countries.
   */
  assignedNationalities?: string[][];
  fundingDonor?: string | null;
  igoSupport: boolean;
}

export interface DerivedFacts {
  year: number;
  contentLocales: string[];
  beneficiaryCountries: string[];
  beneficiaryRegions: string[];
  beneficiaryStatuses: string[];
  totalParticipants: number;
  modality: Modality;
  /** Title tokens, weighted above description tokens in ranking. */
  titleTokens: string[];
  searchTokens: string[];
}

/** Everything stored beside an activity that is computed from it, never typed. */
export function deriveFacts(input: ActivityFactsInput, facts: Map<string, CountryFacts>): DerivedFacts {
  const statusOf = (iso2: string) => facts.get(iso2)?.developmentStatus ?? "developed";
  const beneficiaryCountries = [...new Set(input.beneficiaries.map((b) => b.country))].sort();
  const regions = new Set<string>();
  const statuses = new Set<string>();
  for (const c of beneficiaryCountries) {
    const f = facts.get(c);
    if (!f) continue;
    f.regions.forEach((r) => regions.add(r));
    statuses.add(f.developmentStatus);
    if (f.ldc) statuses.add("ldc");
  }
  const providers = providerStatuses(input, statusOf);
  const titleText = Object.values(input.title).join(" ");
  const text = [titleText, ...Object.values(input.description)].join(" ");
  return {
    year: Number(input.startDate.slice(0, 4)),
    contentLocales: Object.entries(input.title)
      .filter(([, v]) => Boolean(v))
      .map(([k]) => k)
      .sort(),
    beneficiaryCountries,
    beneficiaryRegions: [...regions].sort(),
    beneficiaryStatuses: [...statuses].sort(),
    totalParticipants: input.beneficiaries.reduce((n, b) => n + Math.max(0, b.participants), 0),
    modality: modalityOf({
      beneficiaries: beneficiaryCountries.map(statusOf),
      providers,
      donor: input.fundingDonor ? statusOf(input.fundingDonor) : null,
      igoSupport: input.igoSupport,
    }),
    titleTokens: indexTokens(titleText),
    searchTokens: indexTokens(text),
  };
}

/**
 * Development status of each provider. Assigned roster consultants, where there are any, stand
 * for the experts: each counts once, as from the South when one of their nationalities is a
 * developing country (an Egyptian-French expert is a Southern expert), else by their first
 * nationality. Without assignments the free-text experts' countries count. Providing offices
 * count in both cases.
 */
export function providerStatuses(
  input: Pick<ActivityFactsInput, "experts" | "providerCountries" | "assignedNationalities">,
  statusOf: (iso2: string) => CountryStatus,
): CountryStatus[] {
  const assigned = (input.assignedNationalities ?? []).filter((n) => n.length > 0);
  const experts: CountryStatus[] = assigned.length
    ? assigned.map((n) => (n.some((c) => statusOf(c) === "developing") ? "developing" : statusOf(n[0]!)))
    : input.experts.map((e) => e.country).filter((c): c is string => Boolean(c)).map(statusOf);
  return [...experts, ...(input.providerCountries ?? []).map(statusOf)];
}

export { tsvectorText } from "@/lib/search-text";
