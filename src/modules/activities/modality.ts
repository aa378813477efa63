import type { Modality } from "./constants";

export type CountryStatus = "developed" | "developing" | "transition";

export interface ModalityInput {
  /** Development status of each beneficiary country. */
  beneficiaries: CountryStatus[];
  /** Development status of the providers' countries: the experts' and the providing offices'. */
  providers: CountryStatus[];
  /** Development status of the donor country, when a country funds the activity (funds-in-trust, partner). */
  donor?: CountryStatus | null;
  /** Whether an intergovernmental organisation funds or supports the activity. */
  igoSupport: boolean;
}

/**
 * Cooperation modality, computed and never typed (docs/ACTIVITIES.md):
 * - South-South: every provider country and every beneficiary is a developing
 *   country (LDCs included);
 * - triangular: such an exchange, funded or supported by a developed country or
 *   an intergovernmental organisation;
 * - North-South: anything else (including activities with no recorded provider
 *   or beneficiary country).
 */
export function modalityOf(input: ModalityInput): Modality {
  const south = (s: CountryStatus) => s === "developing";
  const southSouth =
    input.providers.length > 0 && input.beneficiaries.length > 0 && input.providers.every(south) && input.beneficiaries.every(south);
  if (!southSouth) return "north-south";
  return input.donor === "developed" || input.igoSupport ? "triangular" : "south-south";
}
