import "server-only";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { listCountries } from "@/modules/countries/server";

export async function countryOptions(lng: Locale) {
  return (await listCountries({ lng })).map((c) => ({ value: c.iso2, label: c.name }));
}

export function languageOptions() {
  return LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }));
}
