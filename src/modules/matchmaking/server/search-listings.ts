import "server-only";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { encodeListingCursor, LISTING_FACETS, NO_DEADLINE, type ListingCursor, type ListingList, type ListingsQuery, type ListingSummary } from "../schemas";
import { countListings, type RawFacets } from "./facet-counts";
import { labellerFor } from "./labels";
import { pageRows, type PageOrder, type PageRow } from "./page-query";
import { resolveListingQuery } from "./resolve-query";

/** A listing row as anyone may see it. */
export function summaryOf(r: Omit<PageRow, "rank">, lng: Locale): ListingSummary {
  const title = pickLocalized(r.title, lng);
  const description = pickLocalized(r.description, lng);
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    title: title.text,
    titleLocale: title.locale,
    description: description.text,
    descriptionLocale: description.locale,
    textLocales: r.text_locales,
    organisation: r.organisation,
    organisationType: r.organisation_type,
    ownerCountry: r.owner_country,
    supportType: r.support_type,
    forms: r.forms,
    ipAreas: r.ip_areas,
    themes: r.themes,
    countries: r.countries,
    regions: r.regions,
    languages: r.languages,
    budgetMin: r.budget_min === null ? null : Number(r.budget_min),
    budgetMax: r.budget_max === null ? null : Number(r.budget_max),
    currency: r.currency,
    deadline: r.deadline,
    timeframe: r.timeframe,
    publishedAt: r.published_at?.toISOString() ?? null,
    interests: r.interests,
  };
}

function cursorAfter(last: PageRow, order: PageOrder): ListingCursor {
  const t = (last.published_at ?? last.created_at).toISOString();
  if (order === "r") return { s: "r", r: Number(last.rank), t, id: last.id };
  if (order === "n") return { s: "n", t, id: last.id };
  return { s: "d", d: last.deadline ?? NO_DEADLINE, id: last.id };
}

async function labelled(raw: RawFacets, lng: Locale): Promise<ListingList["facets"]> {
  const label = await labellerFor(lng);
  const out = {} as ListingList["facets"];
  for (const facet of LISTING_FACETS) {
    const values = raw[facet].map((r) => ({ value: r.value, label: label(facet, r.value), count: r.count }));
    values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    out[facet] = values;
  }
  return out;
}

/** One page of public listings matching the query, with the total and the facet counts over the whole result set. */
export async function searchListings(query: ListingsQuery): Promise<ListingList> {
  const resolved = resolveListingQuery(query);
  const { total, facets, approximate } = await countListings(resolved.where);
  const { rows, order } = await pageRows(resolved, total);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => summaryOf(r, query.lng)),
    total,
    approximate,
    nextCursor: rows.length > query.limit && last ? encodeListingCursor(cursorAfter(last, order)) : null,
    facets: await labelled(facets, query.lng),
  };
}
