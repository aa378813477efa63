import { Suspense } from "react";
import { chunks, HYDRATION_CHUNK } from "@/lib/hydration-chunks";
import { formatList } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { ScrollRegion } from "@/modules/shell";
import { COUNTRY_STATUS_FILTERS } from "../constants";
import { CLASSIFICATION_SOURCES } from "../data/un-classification";
import { countriesQuerySchema } from "../schemas";
import { listCountries, listRegionOptions } from "../server";

const INDENT = { region: "", subregion: "\u00a0\u00a0", intermediate: "\u00a0\u00a0\u00a0\u00a0" } as const;

/** The countries list with its filters: a plain GET form, so it works without JavaScript. */
export async function CountriesPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, unknown> }) {
  const t = await getT(lng, "countries");
  const parsed = countriesQuerySchema.safeParse({ ...searchParams, lng });
  const query = parsed.success ? parsed.data : { lng };
  const [countries, regions] = await Promise.all([listCountries(query), listRegionOptions(lng)]);
  const selectClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5";
  return (
    <section className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("lead")}</p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4 rounded bg-slate-50 p-4">
        <label className="min-w-56 text-sm font-semibold">
          {t("filterStatus")}
          <select name="status" defaultValue={query.status ?? ""} className={selectClass}>
            <option value="">{t("any")}</option>
            {COUNTRY_STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="min-w-56 text-sm font-semibold">
          {t("filterRegion")}
          <select name="region" defaultValue={query.region ?? ""} className={selectClass}>
            <option value="">{t("any")}</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {INDENT[r.level] + r.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-700" role="status">
        {t("count", { count: countries.length })}
      </p>
      <ScrollRegion label={t("title")} className="mt-2">
        <table className="w-full border-collapse text-start text-sm">
          <thead>
            <tr className="border-b-2 border-slate-300 text-start">
              {(["name", "iso", "region", "subregion", "status", "groups"] as const).map((c) => (
                <th key={c} scope="col" className="px-2 py-2 text-start font-semibold">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {/* Each group is hydrated as its own task, so ~200 rows do not block a phone's main thread in one go. */}
            {chunks(countries, HYDRATION_CHUNK).map((group) => (
              <Suspense key={group[0]!.iso2}>
                {group.map((c) => (
                  <tr key={c.iso2} className="border-b border-slate-200">
                    <th scope="row" className="px-2 py-1.5 text-start font-medium">
                      {c.name}
                    </th>
                    <td className="px-2 py-1.5 font-mono text-xs" dir="ltr">
                      {/* One text node, not five: ~200 rows are hydrated in the browser. */}
                      {`${c.iso2} · ${c.iso3} · ${c.m49}`}
                    </td>
                    <td className="px-2 py-1.5">{c.region.name}</td>
                    <td className="px-2 py-1.5">{c.intermediateRegion?.name ?? c.subregion.name}</td>
                    <td className="px-2 py-1.5">{t(`status.${c.developmentStatus}`)}</td>
                    <td className="px-2 py-1.5">
                      {formatList(
                        lng,
                        [
                          c.ldc && t("groups.ldc"),
                          c.lldc && t("groups.lldc"),
                          c.sids && t("groups.sids"),
                          c.unMembership === "observer" && t("groups.observer"),
                        ].filter((g): g is string => Boolean(g)),
                      )}
                    </td>
                  </tr>
                ))}
              </Suspense>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <details className="mt-8 text-sm text-slate-700">
        <summary className="cursor-pointer font-semibold">{t("sources")}</summary>
        <ul className="mt-2 list-disc space-y-1 ps-6" lang="en" dir="ltr">
          {Object.entries(CLASSIFICATION_SOURCES).map(([key, s]) => (
            <li key={key}>
              {s.source} ({s.asOf}) — <a href={s.url}>{s.url}</a>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
