import { numberFormat, yearFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import { ScrollRegion } from "@/modules/shell";
import { MODALITIES, type Modality } from "../constants";
import { activityStatistics } from "../server";
import { HorizontalBars } from "@/modules/shell";
import { StackedYearsChart } from "./charts";

const th = "px-2 py-1 text-start font-semibold";
const td = "px-2 py-1";

/** IP-TAD in figures: server-drawn charts, each followed by a table of the same numbers. */
export async function ActivityStatisticsPage({ lng }: { lng: Locale }) {
  const [t, names, stats] = await Promise.all([getT(lng, "activities"), placeNames(lng), activityStatistics()]);
  const n = numberFormat(lng);
  const years = yearFormat(lng);
  const modalityLabels = Object.fromEntries(MODALITIES.map((m) => [m, t(`modalities.${m}`)])) as Record<Modality, string>;
  const regions = stats.byRegion.map((r) => ({ label: names.region(r.code), value: r.count }));
  const ldcs = stats.topLdcs.map((r) => ({ label: names.country(r.country), value: r.count }));
  return (
    <section className="mx-auto max-w-5xl px-4 py-8">
      <p className="mb-4 text-sm">
        <a href={`/${lng}/activities`}>{t("detail.back")}</a>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("stats.title")}</h1>
      <p className="mt-2 text-slate-700">{t("stats.lead")}</p>

      <section aria-labelledby="by-year" className="mt-8">
        <h2 id="by-year" className="mb-3 text-xl font-bold text-brand-900">{t("stats.byYear")}</h2>
        <StackedYearsChart id="chart-years" lng={lng} title={t("stats.byYear")} data={stats.byYear} keys={[...MODALITIES]} labels={modalityLabels} />
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold">{t("stats.tableCaption")}</summary>
          <ScrollRegion label={`${t("stats.byYear")} — ${t("stats.tableCaption")}`} className="mt-2">
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={th}>{t("stats.year")}</th>
                  {MODALITIES.map((m) => (
                    <th key={m} scope="col" className={`${th} text-end`}>{modalityLabels[m]}</th>
                  ))}
                  <th scope="col" className={`${th} text-end`}>{t("stats.total")}</th>
                </tr>
              </thead>
              <tbody>
                {stats.byYear.map((row) => (
                  <tr key={row.year} className="border-b border-slate-100">
                    <th scope="row" className={th}>{years.format(row.year)}</th>
                    {MODALITIES.map((m) => (
                      <td key={m} className={`${td} text-end`}>{n.format(row.counts[m])}</td>
                    ))}
                    <td className={`${td} text-end font-semibold`}>{n.format(MODALITIES.reduce((s, m) => s + row.counts[m], 0))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </details>
      </section>

      {[
        { id: "by-region", title: t("stats.byRegion"), head: t("stats.region"), rows: regions },
        { id: "top-ldcs", title: t("stats.topLdcs"), head: t("stats.country"), rows: ldcs },
      ].map((block) => (
        <section key={block.id} aria-labelledby={block.id} className="mt-10">
          <h2 id={block.id} className="mb-3 text-xl font-bold text-brand-900">{block.title}</h2>
          <HorizontalBars id={`chart-${block.id}`} lng={lng} title={block.title} data={block.rows} />
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-semibold">{t("stats.tableCaption")}</summary>
            <table className="mt-2 w-full max-w-lg text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={th}>{block.head}</th>
                  <th scope="col" className={`${th} text-end`}>{t("stats.activities")}</th>
                </tr>
              </thead>
              <tbody>
                {block.rows.map((r) => (
                  <tr key={r.label} className="border-b border-slate-100">
                    <th scope="row" className={th}>{r.label}</th>
                    <td className={`${td} text-end`}>{n.format(r.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
      ))}
    </section>
  );
}
