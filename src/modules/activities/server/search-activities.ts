import "server-only";
import { LOCALE_TAGS, type Locale, type LocalizedText } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import { encodeCursor, FACETS, type ActivitiesQuery, type FacetName, type ActivityList, type ActivitySummary } from "../schemas";
import { countCache } from "./count-cache";
import { countActivities, dataVersion, type Counts, type RawFacets } from "./facet-counts";
import { filterConditions, filterKey } from "./filters";
import { pageRows } from "./page-query";

/** The text in the reader's language, else English, else the first language it exists in. */
export function pickLocale(text: LocalizedText, lng: Locale): { text: string; locale: string } {
  if (text[lng]) return { text: text[lng]!, locale: lng };
  if (text.en) return { text: text.en, locale: "en" };
  const [locale, value] = Object.entries(text).find(([, v]) => Boolean(v)) ?? ["en", ""];
  return { text: value ?? "", locale };
}


async function totalsAndFacets(query: ActivitiesQuery): Promise<Counts> {
  if (!countCache.enabled) return countActivities(filterConditions(query));
  const [version, key] = [await dataVersion(), filterKey(query)];
  const cached = countCache.get(version, key);
  if (cached) return cached;
  const { total, facets, approximate } = await countActivities(filterConditions(query));
  const entry = { total, facets, approximate };
  countCache.set(version, key, entry);
  return entry;
}

type Labeller = (facet: FacetName, value: string) => string;
const labellers = new Map<Locale, Promise<Labeller>>();

/**
 * Facet labels per locale, built once: the strings come from files and the country table, which
 * do not change while the app runs, and building translators on every request cost more than
 * the counts of a small search.
 */
function labellerFor(lng: Locale): Promise<Labeller> {
  let labeller = labellers.get(lng);
  if (!labeller) {
    labeller = (async () => {
      const [names, t, tc] = await Promise.all([placeNames(lng), getT(lng, "activities"), getT(lng, "countries")]);
      const languages = new Intl.DisplayNames([LOCALE_TAGS[lng]], { type: "language" });
      const memo = new Map<string, string>();
      const label: Record<FacetName, (v: string) => string> = {
        country: names.country,
        region: names.region,
        status: (v) => tc(`status.${v}`),
        type: (v) => t(`types.${v}`),
        ipArea: (v) => t(`ipAreas.${v}`),
        year: (v) => v,
        lang: (v) => languages.of(v) ?? v,
        modality: (v) => t(`modalities.${v}`),
        funding: (v) => t(`funding.${v}`),
      };
      return (facet, value) => {
        const key = `${facet}:${value}`;
        let text = memo.get(key);
        if (text === undefined) memo.set(key, (text = label[facet](value)));
        return text;
      };
    })();
    labeller.catch(() => labellers.delete(lng));
    labellers.set(lng, labeller);
  }
  return labeller;
}

async function labelled(raw: RawFacets, lng: Locale): Promise<ActivityList["facets"]> {
  const label = await labellerFor(lng);
  const out = {} as ActivityList["facets"];
  for (const facet of FACETS) {
    const values = raw[facet].map((r) => ({ value: r.value, label: label(facet, r.value), count: r.count }));
    values.sort(facet === "year" ? (a, b) => Number(b.value) - Number(a.value) : (a, b) => b.count - a.count || a.label.localeCompare(b.label));
    out[facet] = values;
  }
  return out;
}

/** One page of activities matching the query, with the total and facet counts. */
export async function searchActivities(query: ActivitiesQuery): Promise<ActivityList> {
  const { total, facets, approximate } = await totalsAndFacets(query);
  const { rows, byRank } = await pageRows(query, total);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const items: ActivitySummary[] = page.map((r) => {
    const title = pickLocale(r.title, query.lng);
    return {
      id: r.id,
      title: title.text,
      titleLocale: title.locale,
      type: r.type,
      ipAreas: r.ip_areas,
      startDate: r.start_date,
      endDate: r.end_date,
      venueCountry: r.venue_country,
      online: r.online,
      beneficiaryCountries: r.beneficiary_countries,
      totalParticipants: r.total_participants,
      modality: r.modality.replace("_", "-") as ActivitySummary["modality"],
      fundingType: r.funding_type,
      status: r.status,
      languages: r.languages,
    };
  });
  return {
    items,
    total,
    approximate,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ d: last.start_date, id: last.id, ...(byRank ? { r: Number(last.rank) } : {}) })
        : null,
    facets: await labelled(facets, query.lng),
  };
}
