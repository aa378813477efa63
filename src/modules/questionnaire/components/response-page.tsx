import { decide } from "@/modules/accounts/policy";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { reviewResponseAction } from "../actions/response";
import { isEditable } from "../state-machine";
import { AnswersView } from "./answers-view";
import { loadResponse } from "./load-response";
import { formStrings } from "./model";
import { ResponseForm } from "./response-form";

const DONE = ["saved", "added", "removed", "submitted", "returned", "accepted"] as const;

/**
 * One country's response to a round: the form for its focal points while it is a draft (or
 * returned), read-only once submitted and for the secretariat, with the secretariat's Return and
 * Accept buttons; an accepted response's initiatives can be turned into success stories.
 */
export async function ResponsePage({ lng, roundId, iso2, searchParams }: { lng: Locale; roundId: string; iso2: string; searchParams: Record<string, string | string[] | undefined> }) {
  const { user, round, view, model, countryName, actors, localeTag, base } = await loadResponse(lng, roundId, iso2);
  const [t, tc, strings] = await Promise.all([getT(lng, "questionnaire"), getT(lng, "common"), formStrings(lng)]);
  const done = DONE.find((d) => d === searchParams.done);
  const refused = typeof searchParams.refused === "string" ? searchParams.refused : null;
  const refusedField = typeof searchParams.field === "string" ? searchParams.field : null;
  const refusedReason = typeof searchParams.reason === "string" ? searchParams.reason : null;
  const focal = actors.includes("focal_point");
  const secretariat = actors.includes("secretariat");
  const editable = focal && isEditable(view.status) && (round.open || view.status === "returned");
  const canStory = view.status === "accepted" && view.id && decide(user, "stories.manage") === "allow";
  const dates = new Intl.DateTimeFormat(localeTag, { dateStyle: "long", timeZone: "UTC" });
  const display = { yes: strings.yes, no: strings.no, empty: strings.empty, itemHeading: strings.itemHeading };
  return (
    <section className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm">
        <a href={`/${lng}/questionnaire`} className="underline">{t("form.back")}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t("form.heading", { country: countryName, round: round.name })}</h1>
      <p className="mt-1 text-lg text-slate-800">{model.title}</p>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("form.status")}</dt>
        <dd data-status={view.status}>{t(`statuses.${view.status}`)}</dd>
        <dt className="font-semibold">{t("form.deadline")}</dt>
        <dd>{dates.format(new Date(`${round.deadline}T00:00:00Z`))}</dd>
        {view.reference ? (
          <>
            <dt className="font-semibold">{t("receipt.reference")}</dt>
            <dd dir="ltr" className="font-mono">{view.reference}</dd>
          </>
        ) : null}
      </dl>
      <ul className="mt-3 flex flex-wrap gap-4 text-sm">
        <li><a href={`${base}/history`} className="underline">{t("history.link")}</a></li>
        {view.reference ? <li><a href={`${base}/receipt`} className="underline">{t("receipt.link")}</a></li> : null}
      </ul>
      {done ? (
        <p role="status" className="mt-4 rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">{t(`form.done.${done}`)}</p>
      ) : null}
      {refused ? (
        <div role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p>{tc(`actionRefused.${refused}`, { defaultValue: tc("actionRefused.fixErrors") })}</p>
          {refusedField && refusedReason ? <p>{strings.errors[refusedReason] ?? refusedReason}</p> : null}
        </div>
      ) : null}
      {view.status === "returned" && view.reviewComment ? (
        <div className="mt-4 rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          <h2 className="font-bold">{t("review.commentHeading")}</h2>
          <p className="whitespace-pre-line" dir="auto">{view.reviewComment}</p>
        </div>
      ) : null}
      {model.intro && editable ? <p className="mt-4 text-slate-700">{model.intro}</p> : null}
      <div className="mt-6">
        {editable ? (
          <ResponseForm lng={lng} localeTag={localeTag} roundId={round.id} country={view.country} version={view.version} model={model} initial={view.answers} canSubmit strings={strings} />
        ) : (
          <>
            {focal && isEditable(view.status) && !round.open ? <p className="mb-4 font-medium">{t("form.closed")}</p> : null}
            {focal && view.status === "submitted" ? <p className="mb-4">{t("form.submittedNote")}</p> : null}
            <AnswersView
              model={model}
              answers={view.answers}
              strings={display}
              localeTag={localeTag}
              itemExtra={
                canStory
                  ? (group, index) => (
                      <p className="mt-2">
                        <a href={`/${lng}/stories/new?response=${view.id}&initiative=${index}`} className="font-semibold underline" data-group={group}>
                          {t("review.toStory")}
                        </a>
                      </p>
                    )
                  : undefined
              }
            />
          </>
        )}
      </div>
      {secretariat && view.status === "submitted" ? (
        <section aria-labelledby="review-heading" className="mt-8 rounded border border-slate-300 p-4">
          <h2 id="review-heading" className="text-xl font-bold text-brand-900">{t("review.heading")}</h2>
          <form action={reviewResponseAction} className="mt-3 space-y-2">
            <input type="hidden" name="lng" value={lng} />
            <input type="hidden" name="roundId" value={round.id} />
            <input type="hidden" name="country" value={view.country} />
            <input type="hidden" name="version" value={view.version} />
            <input type="hidden" name="to" value="returned" />
            <label htmlFor="review-comment" className="block font-semibold">
              {t("review.comment")} <span className="text-sm font-normal text-red-800">({strings.required})</span>
            </label>
            <p id="review-comment-help" className="text-sm text-slate-700">{t("review.commentHelp")}</p>
            <textarea id="review-comment" name="comment" rows={4} dir="auto" aria-describedby="review-comment-help" className="block w-full rounded border border-slate-500 px-2 py-1.5" />
            <button type="submit" className="rounded border-2 border-amber-700 px-4 py-2 font-semibold text-amber-950 hover:bg-amber-50">{t("review.return")}</button>
          </form>
          <form action={reviewResponseAction} className="mt-4">
            <input type="hidden" name="lng" value={lng} />
            <input type="hidden" name="roundId" value={round.id} />
            <input type="hidden" name="country" value={view.country} />
            <input type="hidden" name="version" value={view.version} />
            <input type="hidden" name="to" value="accepted" />
            <input type="hidden" name="comment" value="" />
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("review.accept")}</button>
          </form>
        </section>
      ) : null}
    </section>
  );
}
