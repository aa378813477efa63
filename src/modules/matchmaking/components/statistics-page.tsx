import { numberFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import { HorizontalBars, ScrollRegion } from "@/modules/shell";
import { matchmakingStatistics } from "../server";

/** Matchmaking in figures (public): listings and matches per year, by region and theme, and the broker's own measure of time to interest and to match. */
export async function MatchmakingStatisticsPage({ lng }: { lng: Locale }) {
  const [t, ta, tc, s, names] = await Promise.all([getT(lng, "matchmaking"), getT(lng, "activities"), getT(lng, "common"), matchmakingStatistics(), placeNames(lng)]);
  const n = numberFormat(lng);
  const one = numberFormat(lng, { maximumFractionDigits: 1 });
  const years = [...new Set([...s.listingsByYear.map((r) => r.year), ...s.matchesByYear.map((r) => r.year)])].sort();
  const cell = "border border-slate-300 px-2 py-1 text-end";
  const head = "border border-slate-300 px-2 py-1 text-start";
  const sum = <T,>(rows: T[], pick: (r: T) => boolean, count: (r: T) => number) => rows.filter(pick).reduce((a, r) => a + count(r), 0);
  const days = (v: number | null) => (v === null ? "—" : t("stats.days", { count: v, value: one.format(v) }));
  return (
    <section className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("stats.title")}</h1>
      <h2 className="mt-6 text-xl font-semibold">{t("stats.byYear")}</h2>
      <ScrollRegion label={t("stats.byYear")}>
        <table className="mt-2 border-collapse text-sm">
          <thead>
            <tr>
              <th scope="col" className={head}>{t("stats.year")}</th>
              <th scope="col" className={head}>{t("kinds.need")}</th>
              <th scope="col" className={head}>{t("kinds.offer")}</th>
              <th scope="col" className={head}>{ta("modalities.south-south")}</th>
              <th scope="col" className={head}>{ta("modalities.triangular")}</th>
              <th scope="col" className={head}>{ta("modalities.north-south")}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y}>
                <th scope="row" className={head}>{y}</th>
                <td className={cell}>{n.format(sum(s.listingsByYear, (r) => r.year === y && r.kind === "need", (r) => r.count))}</td>
                <td className={cell}>{n.format(sum(s.listingsByYear, (r) => r.year === y && r.kind === "offer", (r) => r.count))}</td>
                {(["south-south", "triangular", "north-south"] as const).map((m) => (
                  <td key={m} className={cell}>{n.format(sum(s.matchesByYear, (r) => r.year === y && r.modality === m, (r) => r.count))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="mt-1 text-sm text-slate-700">{t("stats.byYearNote")}</p>
      <h2 className="mt-8 text-xl font-semibold">{t("stats.byRegion")}</h2>
      <HorizontalBars data={s.byRegion.map((r) => ({ label: names.region(r.region), value: r.listings }))} title={t("stats.listingsByRegion")} id="mm-by-region" lng={lng} />
      <h2 className="mt-8 text-xl font-semibold">{t("stats.byTheme")}</h2>
      <ScrollRegion label={t("stats.byTheme")}>
        <table className="mt-2 border-collapse text-sm">
          <thead>
            <tr>
              <th scope="col" className={head}>{t("stats.theme")}</th>
              <th scope="col" className={head}>{t("stats.listings")}</th>
              <th scope="col" className={head}>{t("stats.matches")}</th>
            </tr>
          </thead>
          <tbody>
            {s.byTheme.map((r) => (
              <tr key={r.theme}>
                <th scope="row" className={head}>{tc(`themes.${r.theme}`)}</th>
                <td className={cell}>{n.format(r.listings)}</td>
                <td className={cell}>{n.format(r.matches)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h2 className="mt-8 text-xl font-semibold">{t("stats.timeTo")}</h2>
      <dl className="mt-2 space-y-2">
        <div>
          <dt className="font-semibold">{t("stats.toInterest")}</dt>
          <dd>{t("stats.medianP90", { median: days(s.timeTo.firstInterest.median), p90: days(s.timeTo.firstInterest.p90), listings: n.format(s.timeTo.firstInterest.n) })}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("stats.toMatch")}</dt>
          <dd>{t("stats.medianP90", { median: days(s.timeTo.match.median), p90: days(s.timeTo.match.p90), listings: n.format(s.timeTo.match.n) })}</dd>
        </div>
      </dl>
    </section>
  );
}
