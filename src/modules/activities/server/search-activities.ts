import "server-only";
import { createHash } from "node:crypto";
import { yearFormat } from "@/lib/i18n/format";
import { pickLocalized } from "@/lib/i18n/localized";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import { encodeCursor, FACETS, type ActivitiesQuery, type FacetName, type ActivityList, type ActivitySummary } from "../schemas";
import { countCache } from "./count-cache";
import { countActivities, dataVersion, type Counts, type RawFacets } from "./facet-counts";
import { pageRows } from "./page-query";
import { resolveActivityQuery, type ResolvedActivityQuery } from "./resolve-query";


async function totalsAndFacets({ where, key }: ResolvedActivityQuery): Promise<Counts> {
  if (!countCache.enabled) return countActivities(where);
  const version = await dataVersion();
  const cached = countCache.get(version, key);
  if (cached) return cached;
  const { total, facets, approximate } = await countActivities(where);
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
      const years = yearFormat(lng);
      const memo = new Map<string, string>();
      const label: Record<FacetName, (v: string) => string> = {
        country: names.country,
        region: names.region,
        status: (v) => tc(`status.${v}`),
        type: (v) => t(`types.${v}`),
        ipArea: (v) => t(`ipAreas.${v}`),
        year: (v) => years.format(Number(v)),
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
  // Resolved once: the counts, the cache key and the page all read this value.
  const resolved = resolveActivityQuery(query);
  const { total, facets, approximate } = await totalsAndFacets(resolved);
  const { rows, byRank } = await pageRows(resolved, total);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const items: ActivitySummary[] = page.map((r) => {
    const title = pickLocalized(r.title, query.lng);
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

/**
 * The validator of a search answer: the activities' data version (bumped by every write,
 * read with one indexed row) and the query, so a repeated search is a 304 without counting.
 */
export async function searchVersionTag(query: ActivitiesQuery): Promise<string> {
  const digest = createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 16);
  return `activities-${await dataVersion()}-${digest}`;
}
