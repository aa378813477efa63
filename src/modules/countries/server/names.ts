import "server-only";
import { db } from "@/lib/db";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale, LocalizedText } from "@/lib/i18n/locales";

let cache: { countries: Map<string, LocalizedText>; regions: Map<string, LocalizedText> } | undefined;

async function load() {
  if (!cache) {
    const [countries, regions] = await Promise.all([db().country.findMany(), db().region.findMany()]);
    cache = {
      countries: new Map(countries.map((c) => [c.iso2, c.names as LocalizedText])),
      regions: new Map(regions.map((r) => [r.code, r.names as LocalizedText])),
    };
  }
  return cache;
}

/** Country and M49 area names in one language (reference data: loaded once per process). */
export async function placeNames(lng: Locale): Promise<{ country: (iso2: string) => string; region: (code: string) => string }> {
  const { countries, regions } = await load();
  return {
    country: (iso2) => pickLocalized(countries.get(iso2), lng).text || iso2,
    region: (code) => pickLocalized(regions.get(code), lng).text || code,
  };
}
