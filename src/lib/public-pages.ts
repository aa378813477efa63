/**
 * Pages that every visitor without a session sees alike, so the portal's server may keep
 * one copy per path and query (scripts/lib/page-cache.mjs, docs/PERFORMANCE.md). A page
 * belongs here only if, for an anonymous visitor, nothing in it depends on the request
 * but its path and query: no per-visitor token, no cookie other than the locale's, no
 * time finer than PAGE_CACHE_MAX_AGE. Forms that carry a per-request secret (sign-in,
 * registration, password reset) never do.
 *
 * Paths are without the locale segment.
 */
const PUBLIC_PAGES: readonly RegExp[] = [
  /^\/?$/,
  /^\/activities$/,
  /^\/activities\/statistics$/,
  // A record, but not the form pages beside it.
  /^\/activities\/(?!new$|import$)[^/]+$/,
  /^\/countries$/,
  /^\/consultants$/,
  /^\/consultants\/statistics$/,
  // A profile (its id is a UUID), never the workflow's pages beside it (apply, review, nominate, invitation).
  /^\/consultants\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /^\/matchmaking$/,
  // A listing (its id is a UUID), never its edit page; visitors all see it alike (the interest form is for the signed-in).
  /^\/matchmaking\/listings\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  // The successful matches, a public match (a private one is a 404 for visitors) and the statistics.
  /^\/matchmaking\/matches$/,
  /^\/matchmaking\/matches\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /^\/matchmaking\/statistics$/,
  /^\/stories$/,
  // A published story (its id is a UUID): the same for every visitor (drafts are a 404 to them); never manage, new or edit.
  /^\/stories\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /^\/south-south$/,
  // The questionnaire's front page: visitors are only told that focal points answer it (rounds are for the signed-in).
  /^\/questionnaire$/,
  /^\/api-docs$/,
];

/** = CACHEABLE_HEADER of scripts/lib/page-cache.mjs (its test keeps them equal): this answer may be kept. */
export const PUBLIC_PAGE_HEADER = "x-portal-cacheable";
/**
 * = PAGE_CACHE_REQUEST_HEADER of scripts/lib/page-cache.mjs: the portal's server takes this
 * request and will send the answer with the hashes of its inline scripts, so a public page
 * is rendered without a nonce. A client cannot send it: the server deletes any copy.
 */
export const PAGE_CACHE_REQUEST_HEADER = "x-portal-page-cache";

export function isPublicPage(pathWithoutLocale: string): boolean {
  const path = pathWithoutLocale.split("?")[0] ?? "";
  return PUBLIC_PAGES.some((re) => re.test(path));
}
