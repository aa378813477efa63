import { Suspense } from "react";
import { dateFormat, formatList, numberFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { searchParamsToObject, toSearchParams } from "@/lib/api/query";
import { decide } from "@/modules/accounts/policy";
import { getCurrentUser } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { FacetFieldset } from "@/modules/shell";
import { activitiesQuerySchema, FACETS, type ActivitiesQuery, type FacetName } from "../schemas";
import { searchActivities } from "../server";

const FACET_LIMIT: Partial<Record<FacetName, number>> = { country: 15, region: 12, year: 15 };

/**
 * The IP-TAD search: one GET form (text, facets, order), so every state is a URL
 * that can be shared and the page works with JavaScript off.
 */
export async function ActivitiesSearchPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, string | string[]> }) {
  const t = await getT(lng, "activities");
  const raw = toSearchParams(searchParams);
  const parsed = activitiesQuerySchema.safeParse({ ...searchParamsToObject(raw), lng });
  const query: ActivitiesQuery = parsed.success ? parsed.data : activitiesQuerySchema.parse({ lng });
  const result = await searchActivities(query);
  const [names, user] = await Promise.all([placeNames(lng), getCurrentUser()]);
  const canManage = decide(user, "activities.manage") === "allow";
  const dates = dateFormat(lng, { dateStyle: "medium" });
  const numbers = numberFormat(lng);
  const facetCount = (n: number) => `${result.approximate ? "≈" : ""}${numbers.format(n)}`;
  const selected = (f: FacetName) => ([query[f as keyof ActivitiesQuery]].flat().filter(Boolean) as (string | number)[]).map(String);
  const withoutCursor = new URLSearchParams(raw);
  withoutCursor.delete("cursor");
  const nextParams = new URLSearchParams(withoutCursor);
  if (result.nextCursor) nextParams.set("cursor", result.nextCursor);
  const exportParams = new URLSearchParams(withoutCursor);
  exportParams.set("lng", lng);
  return (
    <section className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("search.title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("search.lead")}</p>
      <form method="get" className="mt-6 grid gap-6 md:grid-cols-[16rem_1fr]">
        <div className="md:order-2">
          <div className="flex flex-wrap items-end gap-2">
            <label className="min-w-64 flex-1 font-semibold">
              {t("search.query")}
              <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={500} className="mt-1 block w-full rounded border border-slate-400 px-3 py-2 font-normal" />
            </label>
            <label className="font-semibold">
              {t("search.sort")}
              <select name="sort" defaultValue={query.sort ?? ""} className="mt-1 block rounded border border-slate-400 px-2 py-2 font-normal">
                <option value="">{t("search.byRelevance")}</option>
                <option value="date">{t("search.newestFirst")}</option>
              </select>
            </label>
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {t("search.submit")}
            </button>
          </div>
          <div className="mt-4 flex flex-wrap items-baseline justify-between gap-2">
            <p role="status" className="font-semibold">
              {result.approximate ? t("search.resultsApprox", { count: result.total }) : t("search.results", { count: result.total })}
            </p>
            <p className="text-sm">
              <a href={`/api/v1/activities/export?format=csv&${exportParams}`} className="me-3">{t("search.exportCsv")}</a>
              <a href={`/api/v1/activities/export?format=json&${exportParams}`} className="me-3">{t("search.exportJson")}</a>
              <a href={`/${lng}/activities/statistics`}>{t("search.statistics")}</a>
              {canManage ? (
                <>
                  <a href={`/${lng}/activities/new`} className="ms-3">
                    {t("edit.create")}
                  </a>
                  <a href={`/${lng}/activities/import`} className="ms-3">
                    {t("import.title")}
                  </a>
                </>
              ) : null}
            </p>
          </div>
          {result.approximate ? <p className="mt-1 text-sm text-slate-700">{t("search.estimateNote")}</p> : null}
          {result.items.length === 0 ? <p className="mt-6 text-slate-700">{t("search.noResults")}</p> : null}
          <ol className="mt-4 space-y-4">
            {result.items.map((a) => (
              <li key={a.id} className="rounded border border-slate-200 p-4">
                <h2 className="text-lg font-semibold">
                  <a href={`/${lng}/activities/${a.id}`} lang={a.titleLocale !== lng ? a.titleLocale : undefined}>
                    {a.title}
                  </a>
                </h2>
                <p className="mt-1 text-sm text-slate-700">
                  {dates.formatRange(new Date(a.startDate), new Date(a.endDate))} · {t(`types.${a.type}`)} ·{" "}
                  {formatList(lng, a.beneficiaryCountries.map(names.country))}
                  {a.online ? ` · ${t("search.online")}` : ""}
                </p>
                <p className="mt-2 flex flex-wrap gap-2 text-xs">
                  <span className="rounded bg-brand-100 px-2 py-0.5 font-semibold text-brand-900">{t(`modalities.${a.modality}`)}</span>
                  {a.ipAreas.map((area) => (
                    <span key={area} className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">{t(`ipAreas.${area}`)}</span>
                  ))}
                  <span className="text-slate-700">{t("search.participants", { count: a.totalParticipants })}</span>
                </p>
              </li>
            ))}
          </ol>
          {result.nextCursor ? (
            <p className="mt-6">
              <a href={`/${lng}/activities?${nextParams}`} rel="next" className="font-semibold">{t("search.next")}</a>
            </p>
          ) : null}
        </div>
        <aside className="md:order-1" aria-label={t("search.apply")}>
          {FACETS.map((f) => (
            // Each facet hydrates as its own task (the country facet alone has ~200 checkboxes).
            <Suspense key={f}>
              <FacetFieldset name={f} title={t(`facets.${f}`)} values={result.facets[f]} selected={selected(f)} count={facetCount} limit={FACET_LIMIT[f]} />
            </Suspense>
          ))}
          <button type="submit" className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("search.apply")}
          </button>
          <p className="mt-3 text-sm">
            <a href={`/${lng}/activities`}>{t("search.clear")}</a>
          </p>
        </aside>
      </form>
    </section>
  );
}
