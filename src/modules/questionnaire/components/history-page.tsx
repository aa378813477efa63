import { ScrollRegion } from "@/modules/shell/components/scroll-region";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { labelOfPath } from "../form-model";
import { listRevisions } from "../server";
import { loadResponse } from "./load-response";

/** A response's saves, newest first: who, when, which questions. */
export async function HistoryPage({ lng, roundId, iso2 }: { lng: Locale; roundId: string; iso2: string }) {
  const { user, round, view, model, countryName, localeTag, base } = await loadResponse(lng, roundId, iso2, "/history");
  const [t, revisions] = await Promise.all([getT(lng, "questionnaire"), listRevisions(user, round.id, view.country)]);
  const when = new Intl.DateTimeFormat(localeTag, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });
  return (
    <section className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm">
        <a href={base} className="underline">{t("history.back")}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t("history.heading", { country: countryName, round: round.name })}</h1>
      <p className="mt-2 text-slate-700">{t("history.count", { count: revisions.length })}</p>
      {revisions.length ? (
        <ScrollRegion label={t("history.heading", { country: countryName, round: round.name })}>
          <table className="mt-4 w-full text-start">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2 text-start">{t("history.version")}</th>
                <th scope="col" className="p-2 text-start">{t("history.by")}</th>
                <th scope="col" className="p-2 text-start">{t("history.at")}</th>
                <th scope="col" className="p-2 text-start">{t("history.fields")}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.version} className="border-b border-slate-200 align-top">
                  <td className="p-2">{r.version}</td>
                  <td className="p-2">{r.by}</td>
                  <td className="p-2">{when.format(new Date(r.at))}</td>
                  <td className="p-2">
                    <ul>
                      {r.fields.map((f) => <li key={f}>{labelOfPath(model, f)}</li>)}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </section>
  );
}
