import { searchParamsToObject, toSearchParams } from "@/lib/api/query";
import { dateFormat, formatList, numberFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { decide } from "@/modules/accounts/policy";
import { getCurrentUser } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { FacetFieldset } from "@/modules/shell";
import { saveSearchAction } from "../actions/saved-searches";
import { DIGEST_FREQUENCIES } from "../constants";
import { LISTING_FACETS, listingsQuerySchema, type ListingFacet, type ListingsQuery } from "../schemas";
import { searchListings } from "../server";
import { MatchmakingNav } from "./nav";

const FACET_LIMIT: Partial<Record<ListingFacet, number>> = { country: 15, region: 12, lang: 12, ipArea: 15 };
/** Parameters of this page that are not part of the search (the save-search answer). */
const PAGE_ONLY = ["saved", "savedRefused", "savedField"];

/**
 * The matchmaking search: one GET form (text, facets, order), so every state is a URL that can
 * be shared and the page works with JavaScript off. Visitors all see the same page (it is
 * page-cached): what depends on the reader (save this search, moderation) appears only to the
 * signed-in, whose pages are never cached, and the links are the same for every visitor.
 */
export async function MatchmakingSearchPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, string | string[]> }) {
  const [t, tc, ta] = await Promise.all([getT(lng, "matchmaking"), getT(lng, "common"), getT(lng, "activities")]);
  const raw = toSearchParams(searchParams);
  for (const k of PAGE_ONLY) raw.delete(k);
  const user = await getCurrentUser();
  const parsed = listingsQuerySchema.safeParse({ ...searchParamsToObject(raw), lng });
  const query: ListingsQuery = parsed.success ? parsed.data : listingsQuerySchema.parse({ lng });
  const [result, names] = await Promise.all([searchListings(query), placeNames(lng)]);
  const dates = dateFormat(lng, { dateStyle: "medium" });
  const numbers = numberFormat(lng);
  const facetCount = (n: number) => `${result.approximate ? "≈" : ""}${numbers.format(n)}`;
  const selected = (f: ListingFacet) => ([query[f]].flat().filter(Boolean) as string[]).map(String);
  const nextParams = new URLSearchParams(raw);
  nextParams.delete("cursor");
  if (result.nextCursor) nextParams.set("cursor", result.nextCursor);
  const saveQuery = new URLSearchParams(raw);
  saveQuery.delete("cursor");
  const saved = user ? String(searchParams.saved ?? "") : "";
  const savedRefused = user ? String(searchParams.savedRefused ?? "") : "";
  return (
    <section className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("search.title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("search.lead")}</p>
      <MatchmakingNav lng={lng} t={t} moderate={decide(user, "matchmaking.moderate") === "allow"} />
      {!parsed.success ? (
        <p role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          {t("search.badQuery", { field: String(parsed.error.issues[0]?.path[0] ?? "") })}
        </p>
      ) : null}
      <form method="get" className="mt-6 grid gap-6 md:grid-cols-[16rem_1fr]">
        <div className="md:order-2">
          <div className="flex flex-wrap items-end gap-2">
            <label className="min-w-64 flex-1 font-semibold">
              {t("search.query")}
              <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={500} className="mt-1 block w-full rounded border border-slate-400 px-3 py-2 font-normal" />
            </label>
            <label className="font-semibold">
              {t("search.sort")}
              <select name="sort" defaultValue={query.sort} className="mt-1 block rounded border border-slate-400 px-2 py-2 font-normal">
                <option value="relevance">{t("search.byRelevance")}</option>
                <option value="newest">{t("search.byNewest")}</option>
                <option value="deadline">{t("search.byDeadline")}</option>
              </select>
            </label>
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {t("search.submit")}
            </button>
          </div>
          <p role="status" className="mt-4 font-semibold">
            {result.approximate ? t("search.resultsApprox", { count: result.total }) : t("search.results", { count: result.total })}
          </p>
          {result.items.length === 0 ? <p className="mt-6 text-slate-700">{t("search.noResults")}</p> : null}
          <ol className="mt-4 space-y-4">
            {result.items.map((l) => (
              <li key={l.id} className="rounded border border-slate-200 p-4">
                <p className="text-sm font-semibold uppercase tracking-wide text-brand-800">
                  {t(`kinds.${l.kind}`)} · {t(`statuses.${l.status}`)}
                </p>
                <h2 className="text-lg font-semibold">
                  <a href={`/${lng}/matchmaking/listings/${l.id}`}>
                    <span dir="auto" lang={l.titleLocale}>{l.title}</span>
                  </a>
                </h2>
                <p className="mt-1 text-sm text-slate-700">
                  <span dir="auto">{l.organisation}</span>
                  {l.countries.length ? ` · ${formatList(lng, l.countries.map(names.country))}` : ""}
                  {l.regions.length ? ` · ${formatList(lng, l.regions.map(names.region))}` : ""}
                </p>
                <p className="mt-2 flex flex-wrap gap-2 text-xs">
                  <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-900">{t(`supportTypes.${l.supportType}`)}</span>
                  {l.forms.map((f) => (
                    <span key={f} className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">{t(`forms.${f}`)}</span>
                  ))}
                  {l.ipAreas.slice(0, 3).map((a) => (
                    <span key={a} className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">{ta(`ipAreas.${a}`)}</span>
                  ))}
                </p>
                <p className="mt-2 text-sm text-slate-700">
                  {l.deadline ? `${t("search.deadline", { date: dates.format(new Date(`${l.deadline}T00:00:00Z`)) })} · ` : ""}
                  {t("search.interests", { count: l.interests })}
                </p>
              </li>
            ))}
          </ol>
          {result.nextCursor ? (
            <p className="mt-6">
              <a href={`/${lng}/matchmaking?${nextParams}`} rel="next" className="font-semibold">{t("search.next")}</a>
            </p>
          ) : null}
        </div>
        <aside className="md:order-1" aria-label={t("search.filters")}>
          {/* No Suspense around the facets: this form must work with JavaScript off. */}
          {LISTING_FACETS.map((f) => (
            <FacetFieldset key={f} name={f} title={t(`search.facets.${f}`)} values={result.facets[f]} selected={selected(f)} count={facetCount} limit={FACET_LIMIT[f]} />
          ))}
          <button type="submit" className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("search.apply")}
          </button>
          <p className="mt-3 text-sm">
            <a href={`/${lng}/matchmaking`}>{t("search.clear")}</a>
          </p>
        </aside>
      </form>
      <section aria-labelledby="save-search" className="mt-8 max-w-3xl rounded border border-slate-300 p-4">
        <h2 id="save-search" className="text-lg font-semibold text-brand-900">{t("savedSearch.title")}</h2>
        {user ? (
          <>
            {saved ? <p role="status" className="mt-2 rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">{t("savedSearch.saved")}</p> : null}
            {savedRefused ? (
              <p role="alert" className="mt-2 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">{tc(`actionRefused.${savedRefused}`, { defaultValue: tc("actionRefused.fixErrors") })}</p>
            ) : null}
            <form action={saveSearchAction} className="mt-2 flex flex-wrap items-end gap-3">
              <input type="hidden" name="lng" value={lng} />
              <input type="hidden" name="query" value={saveQuery.toString()} />
              <fieldset>
                <legend className="font-semibold">{t("savedSearch.frequency")}</legend>
                <div className="mt-1 flex gap-4">
                  {DIGEST_FREQUENCIES.map((f, i) => (
                    <label key={f} className="flex items-center gap-2">
                      <input type="radio" name="frequency" value={f} defaultChecked={i === 0} className="size-5" />
                      {t(`savedSearch.${f}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
              <button type="submit" className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50">{t("savedSearch.save")}</button>
            </form>
          </>
        ) : (
          <p className="mt-2 text-slate-700">
            {/* The same link for every visitor (the page is cached): the search comes back after signing in. */}
            <a href={`/${lng}/sign-in?next=${encodeURIComponent(`/${lng}/matchmaking`)}`} className="font-semibold">{t("savedSearch.signIn")}</a>
          </p>
        )}
      </section>
    </section>
  );
}
