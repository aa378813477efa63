import "server-only";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { encodeCursor, FACETS, type ConsultantList, type ConsultantSummary, type ConsultantsQuery, type ConsultantCursor } from "../schemas";
import { countConsultants, type RawFacets } from "./facet-counts";
import { labellerFor } from "./labels";
import { pageRows, type PageOrder, type PageRow } from "./page-query";
import { resolveConsultantQuery } from "./resolve-query";

/** Share of South-South (or triangular) assignments, two decimals; null without assignments. */
export function southSouthShare(assignments: number, southSouth: number): number | null {
  return assignments > 0 ? Math.round((southSouth / assignments) * 100) / 100 : null;
}

/** A page row as the API shows it to anyone (public fields only). */
export function summaryOf(r: PageRow, lng: Locale): ConsultantSummary {
  const bio = pickLocalized(r.bio, lng);
  return {
    id: r.id,
    fullName: r.full_name,
    latinName: r.latin_name,
    nationalities: r.nationalities,
    residenceCountry: r.residence_country,
    organisation: r.organisation,
    position: r.position,
    ipAreas: r.ip_areas,
    skills: r.skills,
    sectors: r.sectors,
    yearsExperience: r.years_experience,
    languages: r.language_levels,
    bio: bio.text,
    bioLocale: bio.locale,
    availability: r.availability,
    unavailableUntil: r.unavailable_until,
    travel: r.travel,
    remote: r.remote,
    assignments: r.assignment_count,
    countriesServed: Number(r.countries_served),
    southSouthShare: southSouthShare(r.assignment_count, r.south_south_count),
    confirmedAt: r.last_confirmed_at.toISOString(),
    stale: r.stale,
    hasPhoto: r.has_photo,
  };
}

function cursorAfter(last: PageRow, order: PageOrder): ConsultantCursor {
  if (order === "r") return { s: "r", r: Number(last.rank), n: last.assignment_count, id: last.id };
  if (order === "a") return { s: "a", n: last.assignment_count, id: last.id };
  return { s: "c", t: last.last_confirmed_at.toISOString(), id: last.id };
}

async function labelled(raw: RawFacets, lng: Locale): Promise<ConsultantList["facets"]> {
  const label = await labellerFor(lng);
  const out = {} as ConsultantList["facets"];
  for (const facet of FACETS) {
    const values = raw[facet].map((r) => ({ value: r.value, label: label(facet, r.value), count: r.count }));
    values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    out[facet] = values;
  }
  return out;
}

/** One page of approved profiles matching the query, with the total and the facet counts over the whole result set. */
export async function searchConsultants(query: ConsultantsQuery): Promise<ConsultantList> {
  // Resolved once: the counts and the page read this value.
  const resolved = resolveConsultantQuery(query);
  const { total, facets, approximate } = await countConsultants(resolved.where);
  const { rows, order } = await pageRows(resolved, total);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => summaryOf(r, query.lng)),
    total,
    approximate,
    nextCursor: rows.length > query.limit && last ? encodeCursor(cursorAfter(last, order)) : null,
    facets: await labelled(facets, query.lng),
  };
}
