import { numberFormat, yearFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import { HorizontalBars, ScrollRegion } from "@/modules/shell";
import { shareOf } from "../search-view";
import { consultantStatistics } from "../server/statistics";
import { ShareByYearChart } from "./charts";

const th = "px-2 py-1 text-start font-semibold";
const td = "px-2 py-1";

/**
 * The roster in figures (approved profiles only): server-drawn charts, each followed by a table
 * of the same numbers. Gender appears only as aggregated counts.
 */
export async function ConsultantStatisticsPage({ lng }: { lng: Locale }) {
  const [t, ta, names, stats] = await Promise.all([getT(lng, "consultants"), getT(lng, "activities"), placeNames(lng), consultantStatistics()]);
  const n = numberFormat(lng);
  const percent = numberFormat(lng, { style: "percent", maximumFractionDigits: 1 });
  const years = yearFormat(lng);
  const pct = (part: number, total: number) => {
    const share = shareOf(part, total);
    return share === null ? "—" : percent.format(share);
  };
  const blocks = [
    { id: "by-region", title: t("statistics.byRegion"), head: t("statistics.region"), note: t("statistics.byRegionNote"), rows: stats.byRegion.map((r) => ({ label: names.region(r.code), value: r.count })) },
    { id: "by-status", title: t("statistics.byStatus"), head: t("statistics.status"), note: t("statistics.byStatusNote"), rows: stats.byStatus.map((r) => ({ label: t(`statistics.statuses.${r.status}`), value: r.count })) },
    { id: "by-ip-area", title: t("statistics.byIpArea"), head: t("statistics.ipArea"), note: t("statistics.byIpAreaNote"), rows: stats.byIpArea.map((r) => ({ label: ta(`ipAreas.${r.area}`), value: r.count })) },
    {
      id: "by-gender",
      title: t("statistics.byGender"),
      head: t("statistics.gender"),
      note: t("statistics.byGenderNote"),
      rows: stats.byGender.map((r) => ({ label: r.gender === "not_stated" ? t("statistics.notStated") : t(`genders.${r.gender}`), value: r.count })),
    },
  ];
  const indicator = stats.byYear.map((r) => ({ year: r.year, share: shareOf(r.south, r.total) ?? 0 }));
  return (
    <section className="mx-auto max-w-5xl px-4 py-8">
      <p className="mb-4 text-sm">
        <a href={`/${lng}/consultants`}>{t("profile.back")}</a>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("statistics.title")}</h1>
      <p className="mt-2 text-slate-700">{t("statistics.lead", { count: stats.total })}</p>

      <section aria-labelledby="indicator" className="mt-8">
        <h2 id="indicator" className="mb-1 text-xl font-bold text-brand-900">{t("statistics.indicator")}</h2>
        <p className="mb-3 text-sm text-slate-700">{t("statistics.indicatorNote")}</p>
        {indicator.length ? (
          <>
            <ShareByYearChart id="chart-indicator" lng={lng} title={t("statistics.indicator")} data={indicator} />
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-semibold">{t("statistics.tableCaption")}</summary>
              <ScrollRegion label={`${t("statistics.indicator")} — ${t("statistics.tableCaption")}`} className="mt-2">
                <table className="w-full text-sm">
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className={th}>{t("statistics.year")}</th>
                      <th scope="col" className={`${th} text-end`}>{t("statistics.assignments")}</th>
                      <th scope="col" className={`${th} text-end`}>{t("statistics.toSouth")}</th>
                      <th scope="col" className={`${th} text-end`}>{t("statistics.share")}</th>
                      <th scope="col" className={`${th} text-end`}>{t("statistics.toLdc")}</th>
                      <th scope="col" className={`${th} text-end`}>{t("statistics.ldcShare")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.byYear.map((r) => (
                      <tr key={r.year} className="border-b border-slate-100">
                        <th scope="row" className={th}>{years.format(r.year)}</th>
                        <td className={`${td} text-end`}>{n.format(r.total)}</td>
                        <td className={`${td} text-end`}>{n.format(r.south)}</td>
                        <td className={`${td} text-end font-semibold`}>{pct(r.south, r.total)}</td>
                        <td className={`${td} text-end`}>{n.format(r.ldc)}</td>
                        <td className={`${td} text-end`}>{pct(r.ldc, r.total)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </details>
          </>
        ) : (
          <p className="text-slate-700">{t("statistics.noData")}</p>
        )}
      </section>

      {blocks.map((block) => {
        const total = block.rows.reduce((s, r) => s + r.value, 0);
        return (
          <section key={block.id} aria-labelledby={block.id} className="mt-10">
            <h2 id={block.id} className="mb-1 text-xl font-bold text-brand-900">{block.title}</h2>
            <p className="mb-3 text-sm text-slate-700">{block.note}</p>
            {block.rows.length ? (
              <>
                <HorizontalBars id={`chart-${block.id}`} lng={lng} title={block.title} data={block.rows} labelWidth={260} />
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-semibold">{t("statistics.tableCaption")}</summary>
                  <table className="mt-2 w-full max-w-lg text-sm">
                    <thead>
                      <tr className="border-b border-slate-300">
                        <th scope="col" className={th}>{block.head}</th>
                        <th scope="col" className={`${th} text-end`}>{t("statistics.experts")}</th>
                        {block.id === "by-status" || block.id === "by-gender" ? <th scope="col" className={`${th} text-end`}>{t("statistics.share")}</th> : null}
                      </tr>
                    </thead>
                    <tbody>
                      {block.rows.map((r) => (
                        <tr key={r.label} className="border-b border-slate-100">
                          <th scope="row" className={th}>{r.label}</th>
                          <td className={`${td} text-end`}>{n.format(r.value)}</td>
                          {block.id === "by-status" || block.id === "by-gender" ? <td className={`${td} text-end`}>{pct(r.value, total)}</td> : null}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </>
            ) : (
              <p className="text-slate-700">{t("statistics.noData")}</p>
            )}
          </section>
        );
      })}
    </section>
  );
}
