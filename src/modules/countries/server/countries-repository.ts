import "server-only";
import { db } from "@/lib/db";
import { memoUntilPublicChange } from "@/lib/public-content";
import { pickLocalized } from "@/lib/i18n/localized";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import type { CountriesQuery, Country } from "../schemas";

type Where = NonNullable<Parameters<ReturnType<typeof db>["country"]["findMany"]>[0]>["where"];

function nameIn(names: unknown, lng: Locale): string {
  return pickLocalized(names, lng).text;
}

async function readCountries(query: CountriesQuery): Promise<Country[]> {
  const where: Where = {};
  if (query.status === "ldc") where.ldc = true;
  else if (query.status) where.developmentStatus = query.status;
  if (query.region) {
    where.OR = [{ regionCode: query.region }, { subregionCode: query.region }, { intermediateCode: query.region }];
  }
  const [countries, regions] = await Promise.all([
    db().country.findMany({ where }),
    db().region.findMany({ select: { code: true, names: true } }),
  ]);
  const areaName = new Map(regions.map((r) => [r.code, nameIn(r.names, query.lng)]));
  const area = (code: string) => ({ code, name: areaName.get(code) ?? code });
  const collator = new Intl.Collator(LOCALE_TAGS[query.lng]);
  return countries
    .map((c) => ({
      iso2: c.iso2,
      iso3: c.iso3,
      m49: c.m49,
      name: nameIn(c.names, query.lng),
      region: area(c.regionCode),
      subregion: area(c.subregionCode),
      intermediateRegion: c.intermediateCode ? area(c.intermediateCode) : null,
      unMembership: c.unMembership,
      developmentStatus: c.developmentStatus,
      ldc: c.ldc,
      lldc: c.lldc,
      sids: c.sids,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

const memoized = memoUntilPublicChange((key: string) => readCountries(JSON.parse(key) as CountriesQuery));

/**
 * Countries for a filter, named and sorted in the reader's language. Reference data read on
 * most page views: kept per filter until a change to public data is reported
 * (src/lib/public-content.ts). The array is shared between requests: never mutate it.
 */
export function listCountries(query: CountriesQuery): Promise<readonly Country[]> {
  return memoized(JSON.stringify(query));
}
