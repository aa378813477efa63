import { dateFormat, formatList, languageNames, numberFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { searchParamsToObject, toSearchParams } from "@/lib/api/query";
import { decide } from "@/modules/accounts/policy";
import { getCurrentUser } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { FacetFieldset } from "@/modules/shell";
import { consultantsQuerySchema, FACETS, type ConsultantsQuery, type FacetName } from "../schemas";
import { SOUTH_FIRST_STATUSES, southFirstApplies } from "../search-view";
import { searchConsultants } from "../server";
import { southernViewerCountry } from "../server/viewer-country";

const FACET_LIMIT: Partial<Record<FacetName, number>> = { nationality: 15, servedIn: 15, language: 15, region: 12 };

/**
 * The roster's search: one GET form (text, facets, order, stale profiles), so every state is a
 * URL that can be shared and the page works with JavaScript off. A signed-in reader working in
 * a developing country or an LDC first sees experts from the South (a default filter, said so,
 * one link away from everyone); visitors all see the same page (it is page-cached).
 */
export async function ConsultantsSearchPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, string | string[]> }) {
  const t = await getT(lng, "consultants");
  const raw = toSearchParams(searchParams);
  const user = await getCurrentUser();
  const south = user ? await southernViewerCountry(user) : null;
  const southFirst = southFirstApplies(raw, south);
  // The state the page shows, every filter in it (the default one too, so the next page keeps it).
  const effective = new URLSearchParams(raw);
  effective.delete("all");
  if (southFirst) for (const s of SOUTH_FIRST_STATUSES) effective.append("status", s);
  const parsed = consultantsQuerySchema.safeParse({ ...searchParamsToObject(effective), lng });
  const query: ConsultantsQuery = parsed.success ? parsed.data : consultantsQuerySchema.parse({ lng });
  const [result, names] = await Promise.all([searchConsultants(query), placeNames(lng)]);
  const dates = dateFormat(lng, { dateStyle: "medium" });
  const numbers = numberFormat(lng);
  const percent = numberFormat(lng, { style: "percent" });
  const languages = languageNames(lng);
  const facetCount = (n: number) => `${result.approximate ? "≈" : ""}${numbers.format(n)}`;
  const selected = (f: FacetName) => ([query[f]].flat().filter(Boolean) as string[]).map(String);
  const nextParams = new URLSearchParams(effective);
  nextParams.delete("cursor");
  if (raw.get("all") === "1") nextParams.set("all", "1");
  if (result.nextCursor) nextParams.set("cursor", result.nextCursor);
  const allParams = new URLSearchParams({ all: "1" });
  return (
    <section className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("search.title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("search.lead")}</p>
      <p className="mt-2 text-sm">
        <a href={`/${lng}/consultants/statistics`} className="me-4">{t("search.statistics")}</a>
        {/* The same link for every visitor (the page is cached); /apply sends visitors to sign in first. */}
        <a href={`/${lng}/consultants/apply`} className="me-4">{user ? t("apply.title") : t("search.join")}</a>
        {decide(user, "consultants.nominate") === "allow" ? <a href={`/${lng}/consultants/nominate`} className="me-4">{t("nominate.title")}</a> : null}
        {decide(user, "consultants.review") === "allow" ? <a href={`/${lng}/consultants/review`}>{t("review.title")}</a> : null}
      </p>
      {southFirst && south ? (
        <p role="note" className="mt-4 rounded border-s-4 border-brand-700 bg-brand-50 p-3 text-slate-900">
          {t("search.southFirst", { country: names.country(south) })}{" "}
          <a href={`/${lng}/consultants?${allParams}`} className="font-semibold">{t("search.showAll")}</a>
        </p>
      ) : null}
      <form method="get" className="mt-6 grid gap-6 md:grid-cols-[16rem_1fr]">
        {raw.get("all") === "1" ? <input type="hidden" name="all" value="1" /> : null}
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
                <option value="assignments">{t("search.byAssignments")}</option>
                <option value="confirmed">{t("search.byConfirmed")}</option>
              </select>
            </label>
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {t("search.submit")}
            </button>
          </div>
          <p className="mt-3 flex items-center gap-2 text-sm">
            <input id="include-stale" type="checkbox" name="includeStale" value="true" defaultChecked={query.includeStale} className="size-6 shrink-0" />
            <label htmlFor="include-stale">{t("search.includeStale")}</label>
          </p>
          <p role="status" className="mt-4 font-semibold">
            {result.approximate ? t("search.resultsApprox", { count: result.total }) : t("search.results", { count: result.total })}
          </p>
          {result.approximate ? <p className="mt-1 text-sm text-slate-700">{t("search.estimateNote")}</p> : null}
          {result.items.length === 0 ? <p className="mt-6 text-slate-700">{t("search.noResults")}</p> : null}
          <ol className="mt-4 space-y-4">
            {result.items.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 p-4">
                <h2 className="text-lg font-semibold">
                  <a href={`/${lng}/consultants/${c.id}`}>
                    <span dir="auto" translate="no">{c.fullName}</span>
                    {c.latinName ? (
                      <>
                        {" "}
                        <span dir="ltr" translate="no" className="font-normal">({c.latinName})</span>
                      </>
                    ) : null}
                  </a>
                </h2>
                <p className="mt-1 text-sm text-slate-700">
                  {formatList(lng, c.nationalities.map(names.country))}
                  {c.organisation ? (
                    <>
                      {" · "}
                      <span dir="auto">{c.organisation}</span>
                    </>
                  ) : null}
                </p>
                <p className="mt-2 flex flex-wrap gap-2 text-xs">
                  {c.skills.map((s) => (
                    <span key={s} className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">{t(`skills.${s}`)}</span>
                  ))}
                </p>
                <p className="mt-2 text-sm text-slate-800">
                  {t("search.languages", {
                    list: formatList(
                      lng,
                      c.languages.map((l) => t("search.languageLevel", { language: languages.of(l.code) ?? l.code, level: t(`levels.${l.level}`) })),
                      { type: "unit", style: "narrow" },
                    ),
                  })}
                </p>
                <p className="mt-1 text-sm text-slate-700">
                  {t("search.assignments", { count: c.assignments })} · {t("search.countriesServed", { count: c.countriesServed })}
                  {c.southSouthShare !== null ? ` · ${t("search.southSouthShare", { share: percent.format(c.southSouthShare) })}` : ""}
                </p>
                {c.stale ? (
                  <p className="mt-1 text-sm font-semibold text-amber-900">{t("search.notConfirmedSince", { date: dates.format(new Date(c.confirmedAt)) })}</p>
                ) : null}
              </li>
            ))}
          </ol>
          {result.nextCursor ? (
            <p className="mt-6">
              <a href={`/${lng}/consultants?${nextParams}`} rel="next" className="font-semibold">{t("search.next")}</a>
            </p>
          ) : null}
        </div>
        <aside className="md:order-1" aria-label={t("search.apply")}>
          {/* No Suspense around the facets: React outlines a large boundary into a hidden segment that only a script reveals, and this form must work with JavaScript off. */}
          {FACETS.map((f) => (
            <FacetFieldset key={f} name={f} title={t(`facets.${f}`)} values={result.facets[f]} selected={selected(f)} count={facetCount} limit={FACET_LIMIT[f]} />
          ))}
          <button type="submit" className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("search.apply")}
          </button>
          <p className="mt-3 text-sm">
            <a href={`/${lng}/consultants${raw.get("all") === "1" ? `?${allParams}` : ""}`}>{t("search.clear")}</a>
          </p>
        </aside>
      </form>
    </section>
  );
}
