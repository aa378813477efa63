import { FACETS } from "./schemas";

/**
 * Pure helpers of the roster's pages (components/*-page.tsx): what in a search URL is a filter,
 * when the "experts from the South" default applies, and shares.
 */

/** Parameters that change the result set (the order and the language do not). */
const FILTER_PARAMS: readonly string[] = [...FACETS, "q", "includeStale", "cursor"];

/** True when the URL narrows or widens the default search in any way (an empty `q=` does not). */
export function hasAnyFilter(params: URLSearchParams): boolean {
  return FILTER_PARAMS.some((name) => params.getAll(name).some((v) => v.trim() !== ""));
}

/** The default filter of a reader from a developing country or an LDC: nationals of the South. */
export const SOUTH_FIRST_STATUSES = ["developing", "ldc"] as const;

/**
 * Whether the search shows experts from the South by default: only for a signed-in reader
 * working in a developing country or an LDC (`viewerCountry`), only when the URL carries no
 * filter at all, and not once they asked for everyone (`all=1`).
 */
export function southFirstApplies(params: URLSearchParams, viewerCountry: string | null): boolean {
  return viewerCountry !== null && params.get("all") !== "1" && !hasAnyFilter(params);
}

/** A developing country or an LDC (the classification of the countries module). */
export function isSouthernCountry(facts: { developmentStatus: string; ldc: boolean } | undefined): boolean {
  return Boolean(facts && (facts.ldc || facts.developmentStatus === "developing"));
}

/** Share of `part` in `total`, 0–1; null when there is nothing to share. */
export function shareOf(part: number, total: number): number | null {
  return total > 0 ? part / total : null;
}

