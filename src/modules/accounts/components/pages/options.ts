import "server-only";
import { LOCALES, LOCALE_NAMES, LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { listCountries } from "@/modules/countries/server";

export async function countryOptions(lng: Locale) {
  return (await listCountries({ lng })).map((c) => ({ value: c.iso2, label: c.name }));
}

export function languageOptions() {
  // Each language is named in itself, and marked so (screen readers, the no-English check).
  return LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: LOCALE_TAGS[l] }));
}
