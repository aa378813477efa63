import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { AnswersView } from "./answers-view";
import { loadResponse } from "./load-response";
import { formStrings } from "./model";

/** The printable receipt of a submitted response: reference, country, round, when, and every answer in the definition's order. */
export async function ReceiptPage({ lng, roundId, iso2, searchParams }: { lng: Locale; roundId: string; iso2: string; searchParams: Record<string, string | string[] | undefined> }) {
  const { round, view, model, countryName, localeTag, base } = await loadResponse(lng, roundId, iso2, "/receipt");
  const [t, strings] = await Promise.all([getT(lng, "questionnaire"), formStrings(lng)]);
  const when = new Intl.DateTimeFormat(localeTag, { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });
  return (
    <section className="mx-auto max-w-4xl px-4 py-8 print:max-w-none print:px-0 print:py-0">
      <p className="text-sm print:hidden">
        <a href={base} className="underline">{t("receipt.back")}</a>
      </p>
      {searchParams.done === "submitted" ? (
        <p role="status" className="mt-4 rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900 print:hidden">{t("form.done.submitted")}</p>
      ) : null}
      <h1 className="mt-2 text-3xl font-bold text-brand-900 print:text-2xl print:text-black">{t("receipt.heading")}</h1>
      {view.reference ? (
        <>
          <dl className="mt-4 grid gap-x-6 gap-y-1 rounded border border-slate-400 p-4 sm:grid-cols-[max-content_1fr] print:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("receipt.reference")}</dt>
            <dd dir="ltr" className="font-mono text-lg font-bold" data-reference>{view.reference}</dd>
            <dt className="font-semibold">{t("receipt.country")}</dt>
            <dd>{countryName}</dd>
            <dt className="font-semibold">{t("receipt.round")}</dt>
            <dd>{round.name} — {model.title}</dd>
            <dt className="font-semibold">{t("receipt.submittedAt")}</dt>
            <dd>{view.submittedAt ? when.format(new Date(view.submittedAt)) : "—"}</dd>
            <dt className="font-semibold">{t("form.status")}</dt>
            <dd>{t(`statuses.${view.status}`)}</dd>
          </dl>
          <p className="mt-3 text-sm text-slate-700 print:hidden">{t("receipt.printHint")}</p>
          <div className="mt-6">
            <AnswersView model={model} answers={view.answers} strings={{ yes: strings.yes, no: strings.no, empty: strings.empty, itemHeading: strings.itemHeading }} localeTag={localeTag} />
          </div>
        </>
      ) : (
        <p className="mt-4">{t("receipt.notSubmitted")}</p>
      )}
    </section>
  );
}
