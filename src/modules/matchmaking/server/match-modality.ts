import type { Modality } from "@/modules/activities/constants";
// modality.ts is pure; the activities' server index pulls in Next.js request APIs that the seed
// scripts (which compute the modality of generated matches with this same function) cannot load.
// eslint-disable-next-line house/module-boundaries
import { modalityOf, type CountryStatus } from "@/modules/activities/modality";
import type { CountryFacts } from "@/modules/countries/server";
import type { PartyInput } from "../schemas";

/** What the modality of a match reads of a party: its role, the countries it stands for, whether it is an IGO. */
export interface ModalityParty {
  party: Pick<PartyInput, "role">;
  countries: string[];
  igo: boolean;
}

/**
 * The modality of a match by IP-TAD's rule (src/modules/activities/modality.ts): the
 * beneficiaries' countries against the providers', triangular when a developed country or an
 * intergovernmental organisation funds the exchange.
 */
export function matchModality(parties: ModalityParty[], facts: Map<string, CountryFacts>): { modality: Modality; beneficiaries: string[] } {
  const status = (c: string): CountryStatus => facts.get(c)?.developmentStatus ?? "developed";
  const beneficiaries = [...new Set(parties.filter((p) => p.party.role === "beneficiary").flatMap((p) => p.countries))].sort();
  const providers = parties.filter((p) => p.party.role === "provider").flatMap((p) => p.countries);
  const funders = parties.filter((p) => p.party.role === "funder");
  const donor = funders.flatMap((f) => f.countries).some((c) => status(c) === "developed") ? "developed" : null;
  // A funder that is itself from the South is a provider of money: its country counts as one.
  const southFunders = funders.filter((f) => !f.igo).flatMap((f) => f.countries).filter((c) => status(c) !== "developed");
  const modality = modalityOf({
    beneficiaries: beneficiaries.map(status),
    providers: [...providers, ...southFunders].map(status),
    donor,
    igoSupport: funders.some((f) => f.igo),
  });
  return { modality, beneficiaries };
}
