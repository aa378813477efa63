import { notFound } from "next/navigation";
import { REFUSALS, type RefusalMessage } from "@/lib/actions/refusals";
import { classifyError } from "@/lib/classify-error";
import { dateFormat, formatList, languageNames, numberFormat } from "@/lib/i18n/format";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/modules/accounts/server";
import { listCountries } from "@/modules/countries/server";
import { ScrollRegion } from "@/modules/shell";
import { sendRemindersAction } from "../actions/reminders";
import { RESPONSE_STATUSES, type ResponseProgress } from "../constants";
import { roundDashboard, type ProgressCounts, type RoundDashboard } from "../server";
import { dashboardFilters, dashboardReport, one, type DashboardQuery } from "../dashboard-filters";
import type { MapFill } from "../world-map";
import { MapPatterns, MapSwatch, WorldMap } from "./world-map";

const PROGRESS: readonly ResponseProgress[] = ["not_started", ...RESPONSE_STATUSES];
/** Not yet submitted: the countries a reminder goes to. */
const REMINDABLE = new Set<ResponseProgress>(["not_started", "draft", "returned"]);

async function load(roundId: string, lng: Locale): Promise<RoundDashboard> {
  try {
    return await roundDashboard(roundId, lng);
  } catch (error) {
    if (classifyError(error)?.kind === "not_found") notFound();
    throw error;
  }
}

const total = (c: ProgressCounts) => PROGRESS.reduce((a, p) => a + c[p], 0);

/**
 * The secretariat's dashboard of a round: its facts, the totals by progress, a world map drawn
 * on the server (with a legend and patterns), the countries' table (filterable by a GET form,
 * ticks for the reminders), counts by region and development status, the reminders' form and
 * its report, and the export's links.
 */
export async function QuestionnaireDashboardPage({ lng, roundId, query }: { lng: Locale; roundId: string; query: DashboardQuery }) {
  await requirePageAccess(lng, "questionnaire.manage", `/${lng}/questionnaire/${roundId}`);
  const [t, tc, d, everyCountry] = await Promise.all([getT(lng, "questionnaire"), getT(lng, "common"), load(roundId, lng), listCountries({ lng })]);
  const n = numberFormat(lng);
  const day = dateFormat(lng, { dateStyle: "long" });
  const short = dateFormat(lng, { dateStyle: "medium" });
  const isoDay = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
  const status = (p: MapFill) => (p === "not_invited" ? t("dashboard.notInvited") : t(`statuses.${p}`));
  const labels = Object.fromEntries([...PROGRESS, "not_invited"].map((p) => [p, status(p as MapFill)])) as Record<MapFill, string>;
  const byM49 = new Map(everyCountry.map((c) => [c.m49, c.name]));
  const filters = dashboardFilters(query, d.byRegion.map((r) => r.region));
  const shown = d.countries.filter(filters.keeps);
  const nameOf = new Map(d.countries.map((c) => [c.iso2, c.name]));
  const names = (codes: string[]) => formatList(lng, codes.map((c) => nameOf.get(c) ?? c));
  const report = dashboardReport(query);
  const refusedRaw = one(query.refused);
  const refused = REFUSALS.includes(refusedRaw as RefusalMessage) ? (refusedRaw as RefusalMessage) : undefined;
  const reason = one(query.reason);
  const cell = "border border-slate-300 px-2 py-1";
  const num = `${cell} text-end`;
  const head = `${cell} text-start`;
  const field = "block rounded border border-slate-500 px-2 py-1.5";
  const countsRow = (counts: ProgressCounts) => (
    <>
      {PROGRESS.map((p) => (
        <td key={p} className={num}>{n.format(counts[p])}</td>
      ))}
      <td className={`${num} font-semibold`}>{n.format(total(counts))}</td>
    </>
  );
  const countsHead = (first: string) => (
    <thead>
      <tr>
        <th scope="col" className={head}>{first}</th>
        {PROGRESS.map((p) => (
          <th key={p} scope="col" className={head}>{labels[p]}</th>
        ))}
        <th scope="col" className={head}>{t("dashboard.colTotal")}</th>
      </tr>
    </thead>
  );
  const remindForm = "qdash-remind";
  return (
    <section className="relative mx-auto max-w-6xl px-4 py-8">
      <MapPatterns />
      <h1 className="text-3xl font-bold text-brand-900">{t("dashboard.title", { name: d.round.name })}</h1>
      <p className="mt-2 text-slate-700">{t("dashboard.lead")}</p>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
        <li>{t("dashboard.version", { number: n.format(d.round.versionNumber) })}</li>
        <li>{t("dashboard.opens", { date: isoDay(d.round.opensOn) })}</li>
        <li>{t("dashboard.deadline", { date: isoDay(d.round.deadline) })}</li>
        <li className="font-semibold" data-testid="round-state">{d.round.open ? t("dashboard.open") : t("dashboard.closed")}</li>
        <li>{t("dashboard.invited", { count: d.countries.length })}</li>
      </ul>

      <h2 className="mt-8 text-xl font-semibold">{t("dashboard.progressHeading")}</h2>
      <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="dashboard-totals">
        {PROGRESS.map((p) => (
          <div key={p} className="rounded border border-slate-300 p-2">
            <dt className="flex items-center gap-2 text-sm text-slate-700">
              <MapSwatch fill={p} />
              {labels[p]}
            </dt>
            <dd className="text-lg font-semibold" data-progress={p}>{n.format(d.totals[p])}</dd>
          </div>
        ))}
      </dl>

      <h2 className="mt-8 text-xl font-semibold">{t("dashboard.mapHeading")}</h2>
      <figure className="mt-2">
        <WorldMap countries={d.countries} nameOf={(m49) => byM49.get(m49)} labels={labels} captionId="qdash-map-caption" titleOf={(name, s) => t("dashboard.shapeTitle", { name, status: s })} />
        <figcaption id="qdash-map-caption" className="mt-2 font-semibold">{t("dashboard.mapCaption", { count: d.countries.length })}</figcaption>
      </figure>
      <h3 className="mt-3 font-semibold">{t("dashboard.legend")}</h3>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1" data-testid="map-legend">
        {PROGRESS.map((p) => (
          <li key={p} className="flex items-center gap-2">
            <MapSwatch fill={p} />
            {t("dashboard.legendItem", { label: labels[p], count: d.totals[p] })}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <MapSwatch fill="not_invited" />
          {labels.not_invited}
        </li>
      </ul>
      <p className="mt-2 text-sm text-slate-700">{t("dashboard.mapNote")}</p>

      <h2 className="mt-8 text-xl font-semibold" id="countries">{t("dashboard.tableHeading")}</h2>
      <form method="get" action={`/${lng}/questionnaire/${roundId}#countries`} className="mt-2 flex flex-wrap items-end gap-4" aria-label={t("dashboard.filters")}>
        <div>
          <label htmlFor="qdash-progress" className="block font-semibold">{t("dashboard.filterProgress")}</label>
          <select id="qdash-progress" name="progress" defaultValue={filters.progress ?? ""} className={field}>
            <option value="">{t("dashboard.any")}</option>
            {PROGRESS.map((p) => (
              <option key={p} value={p}>{labels[p]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="qdash-region" className="block font-semibold">{t("dashboard.filterRegion")}</label>
          <select id="qdash-region" name="region" defaultValue={filters.region ?? ""} className={field}>
            <option value="">{t("dashboard.any")}</option>
            {d.byRegion.map((r) => (
              <option key={r.region} value={r.region}>{r.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="qdash-status" className="block font-semibold">{t("dashboard.filterStatus")}</label>
          <select id="qdash-status" name="status" defaultValue={filters.status ?? ""} className={field}>
            <option value="">{t("dashboard.any")}</option>
            <option value="ldc">{t("dashboard.statusLdc")}</option>
            <option value="developing">{t("dashboard.statusDeveloping")}</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("dashboard.apply")}</button>
        {filters.progress || filters.region || filters.status ? (
          <a href={`/${lng}/questionnaire/${roundId}#countries`} className="py-2 underline">{t("dashboard.clear")}</a>
        ) : null}
      </form>
      <p className="mt-3" data-testid="dashboard-shown">{t("dashboard.shown", { count: shown.length })}</p>
      {shown.length === 0 ? (
        <p className="mt-2">{t("dashboard.none")}</p>
      ) : (
        <ScrollRegion label={t("dashboard.tableHeading")} className="mt-2">
          <table className="border-collapse text-sm" data-testid="dashboard-countries">
            <thead>
              <tr>
                {d.round.open ? <th scope="col" className={head}>{t("dashboard.colSelect")}</th> : null}
                <th scope="col" className={head}>{t("dashboard.colCountry")}</th>
                <th scope="col" className={head}>{t("dashboard.colRegion")}</th>
                <th scope="col" className={head}>{t("dashboard.colLdc")}</th>
                <th scope="col" className={head}>{t("dashboard.colProgress")}</th>
                <th scope="col" className={head}>{t("dashboard.colSubmitted")}</th>
                <th scope="col" className={head}>{t("dashboard.colReminder")}</th>
                <th scope="col" className={head}>{t("dashboard.colFocalPoints")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.iso2} data-country={c.iso2}>
                  {d.round.open ? (
                    <td className={`${cell} text-center`}>
                      {REMINDABLE.has(c.progress) ? (
                        <input type="checkbox" name="countries" value={c.iso2} form={remindForm} aria-label={t("dashboard.selectCountry", { name: c.name })} className="size-4" />
                      ) : null}
                    </td>
                  ) : null}
                  <th scope="row" className={head}>
                    <a href={`/${lng}/questionnaire/${roundId}/${c.iso2}`} className="underline">{c.name}</a>
                  </th>
                  <td className={cell}>{c.regionName}</td>
                  <td className={cell}>{c.ldc ? t("yes") : t("no")}</td>
                  <td className={cell}>
                    <span className="inline-flex items-center gap-2">
                      <MapSwatch fill={c.progress} />
                      {labels[c.progress]}
                    </span>
                  </td>
                  <td className={cell}>{c.submittedAt ? short.format(new Date(c.submittedAt)) : "—"}</td>
                  <td className={cell}>{c.lastReminderAt ? short.format(new Date(c.lastReminderAt)) : "—"}</td>
                  <td className={num}>{n.format(c.focalPoints)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      <h2 className="mt-8 text-xl font-semibold">{t("dashboard.byRegionHeading")}</h2>
      <ScrollRegion label={t("dashboard.byRegionHeading")} className="mt-2">
        <table className="border-collapse text-sm" data-testid="dashboard-by-region">
          {countsHead(t("dashboard.colRegion"))}
          <tbody>
            {d.byRegion.map((r) => (
              <tr key={r.region}>
                <th scope="row" className={head}>{r.name}</th>
                {countsRow(r.counts)}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h2 className="mt-8 text-xl font-semibold">{t("dashboard.byStatusHeading")}</h2>
      <ScrollRegion label={t("dashboard.byStatusHeading")} className="mt-2">
        <table className="border-collapse text-sm" data-testid="dashboard-by-status">
          {countsHead(t("dashboard.filterStatus"))}
          <tbody>
            <tr>
              <th scope="row" className={head}>{t("dashboard.statusLdc")}</th>
              {countsRow(d.byStatus.ldc)}
            </tr>
            <tr>
              <th scope="row" className={head}>{t("dashboard.statusDeveloping")}</th>
              {countsRow(d.byStatus.developing)}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>

      <h2 className="mt-8 text-xl font-semibold" id="reminders">{t("dashboard.remindersHeading")}</h2>
      {refused ? (
        <div role="alert" className="mt-2 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p>{reason === "none_selected" ? t("dashboard.noneSelected") : refused === "conflict" ? t("dashboard.roundClosed") : tc(`actionRefused.${refused}`)}</p>
        </div>
      ) : null}
      {report ? (
        <div className="mt-2 rounded border-s-4 border-green-700 bg-green-50 p-3" data-testid="reminder-report" role="status">
          <h3 className="font-semibold">{t("dashboard.reportHeading")}</h3>
          <ul className="mt-1 space-y-1">
            <li data-report="reminded">{t("dashboard.reminded", { count: report.reminded.length })}{report.reminded.length ? `: ${names(report.reminded)}` : ""}</li>
            <li data-report="recent">{t("dashboard.recent", { count: report.recent.length })}{report.recent.length ? `: ${names(report.recent)}` : ""}</li>
            <li data-report="without">{t("dashboard.without", { count: report.without.length })}{report.without.length ? `: ${names(report.without)}` : ""}</li>
          </ul>
        </div>
      ) : null}
      <p className="mt-2 text-slate-700">{t("dashboard.remindersLead")}</p>
      {d.round.open ? (
        <form id={remindForm} action={sendRemindersAction} className="mt-3 flex flex-wrap gap-3">
          <input type="hidden" name="lng" value={lng} />
          <input type="hidden" name="roundId" value={roundId} />
          <button type="submit" name="scope" value="all" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("dashboard.remindAll")}</button>
          <button type="submit" name="scope" value="selected" className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50">{t("dashboard.remindSelected")}</button>
        </form>
      ) : (
        <p className="mt-2 font-semibold">{t("dashboard.remindClosed")}</p>
      )}

      <h2 className="mt-8 text-xl font-semibold">{t("dashboard.exportHeading")}</h2>
      <p className="mt-2 text-slate-700">{t("dashboard.exportLead")}</p>
      <form method="get" action={`/api/v1/questionnaire/rounds/${roundId}/export`} className="mt-3 flex flex-wrap items-end gap-4" aria-label={t("dashboard.exportHeading")}>
        <div>
          <label htmlFor="qdash-format" className="block font-semibold">{t("dashboard.exportFormat")}</label>
          <select id="qdash-format" name="format" defaultValue="xlsx" className={field}>
            <option value="csv">{t("dashboard.csv")}</option>
            <option value="xlsx">{t("dashboard.xlsx")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="qdash-lng" className="block font-semibold">{t("dashboard.exportLanguage")}</label>
          <select id="qdash-lng" name="lng" defaultValue={lng} className={field}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>{languageNames(lng).of(l) ?? l}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("dashboard.download")}</button>
      </form>
    </section>
  );
}
