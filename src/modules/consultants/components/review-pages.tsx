import { notFound } from "next/navigation";
import { REFUSALS } from "@/lib/actions/refusals";
import { dateFormat, numberFormat } from "@/lib/i18n/format";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import { clientSubset, getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { CONSULTANT_STATUSES } from "../constants";
import { consultantIdSchema } from "../schemas";
import { getProfileForReview, listReviewQueue } from "../server";
import { nextStatus } from "../state-machine";
import { ReviewDecisionForm } from "./review-decision-form";

const DONE = ["approved", "returned", "rejected"] as const;

/** The review queue (secretariat, admin): submitted profiles, oldest first, and counts by status. */
export async function ReviewQueuePage({ lng, done }: { lng: Locale; done?: string }) {
  await requirePageAccess(lng, "consultants.review", `/${lng}/consultants/review`);
  const [t, names, { items, counts }] = await Promise.all([getT(lng, "consultants"), placeNames(lng), listReviewQueue()]);
  const notice = DONE.find((d) => d === done);
  const n = numberFormat(lng);
  return (
    <section className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("review.title")}</h1>
      <p className="mt-2">{t("review.intro")}</p>
      {notice ? <p role="status" className="mt-4 rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">{t(`review.done_${notice}`)}</p> : null}
      <p className="mt-4 text-lg font-semibold">{t("review.waiting", { count: counts.submitted })}</p>
      {items.length === 0 ? (
        <p className="mt-4">{t("review.empty")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-start">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2 text-start">{t("review.name")}</th>
                <th scope="col" className="p-2 text-start">{t("review.nationalities")}</th>
                <th scope="col" className="p-2 text-start">{t("review.submittedAt")}</th>
                <th scope="col" className="p-2 text-start">{t("review.kind")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <a href={`/${lng}/consultants/review/${i.id}`} className="font-semibold underline">{i.fullName}</a>
                    {i.latinName ? <span className="ms-1 text-slate-700" dir="ltr">({i.latinName})</span> : null}
                  </td>
                  <td className="p-2">{i.nationalities.map((c) => names.country(c)).join(", ")}</td>
                  <td className="p-2">{dateFormat(lng).format(i.submittedAt)}</td>
                  <td className="p-2">{t(i.resubmission ? "review.resubmission" : i.nominated ? "review.nominated" : "review.application")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <table className="mt-8">
        <caption className="text-start font-semibold">{t("review.countsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="p-2 text-start">{t("apply.status", { status: "" }).replace(/[:：]\s*$/, "")}</th>
            <th scope="col" className="p-2 text-end">{t("review.count")}</th>
          </tr>
        </thead>
        <tbody>
          {CONSULTANT_STATUSES.map((s) => (
            <tr key={s}>
              <td className="p-2">{t(`statuses.${s}`)}</td>
              <td className="p-2 text-end">{n.format(counts[s])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One profile in full for the reviewer (any status), with the decision form while it is in review. */
export async function ReviewProfilePage({ lng, id }: { lng: Locale; id: string }) {
  await requirePageAccess(lng, "consultants.review", `/${lng}/consultants/review/${id}`);
  if (!consultantIdSchema.safeParse(id).success) notFound();
  const [t, tc, ta, names, p] = await Promise.all([getT(lng, "consultants"), getT(lng, "common"), getT(lng, "activities"), placeNames(lng), getProfileForReview(id)]);
  if (!p) notFound();
  const row = (label: string, value: React.ReactNode, key?: string) => (
    <div key={key} className="grid gap-1 border-b border-slate-200 py-2 sm:grid-cols-3">
      <dt className="font-semibold">{label}</dt>
      <dd className="sm:col-span-2">{value}</dd>
    </div>
  );
  const inReview = nextStatus(p.status, "approve") !== null;
  const errors = (await clientSubset(lng, "consultants", ["errors"])).errors as Record<string, string>;
  return (
    <section className="mx-auto max-w-5xl px-4 py-8">
      <p className="mb-4 text-sm"><a href={`/${lng}/consultants/review`}>{t("review.back")}</a></p>
      <h1 className="text-3xl font-bold text-brand-900">{t("review.detailTitle", { name: p.full_name })}</h1>
      <p className="mt-2 font-semibold">{t("apply.status", { status: t(`statuses.${p.status}`) })}</p>
      <dl className="mt-4">
        {row(t("apply.fullName"), p.full_name)}
        {p.latin_name ? row(t("apply.latinName"), <span dir="ltr">{p.latin_name}</span>) : null}
        {row(t("apply.nationalities"), p.nationalities.map((c) => names.country(c)).join(", "))}
        {row(t("apply.residenceCountry"), names.country(p.residence_country))}
        {row(t("review.gender"), p.gender ? t(`genders.${p.gender}`) : t("review.notStated"))}
        {row(t("apply.organisation"), p.organisation)}
        {row(t("apply.position"), p.position)}
        {row(t("apply.ipAreas"), p.ip_areas.map((a) => ta(`ipAreas.${a}`)).join(", "))}
        {row(t("apply.skills"), p.skills.map((s) => t(`skills.${s}`)).join(", "))}
        {row(t("apply.sectors"), p.sectors.map((s) => t(`sectors.${s}`)).join(", "))}
        {row(t("apply.yearsExperience"), numberFormat(lng).format(p.years_experience))}
        {row(t("review.languages"), p.language_list.map((l) => `${l.code} (${t(`levels.${l.level}`)})`).join(", "))}
        {row(t("apply.availability"), `${t(`availability.${p.availability}`)}${p.unavailable_until ? ` — ${p.unavailable_until}` : ""}`)}
        {row(t("apply.travel"), p.travel ? "✓" : "—")}
        {row(t("apply.remote"), p.remote ? "✓" : "—")}
        {row(t("review.contact"), <span dir="ltr">{[p.email, p.phone].filter(Boolean).join(" · ")}</span>)}
        {row(t("cv.title"), p.cv_filename ? <a href={`/api/v1/consultants/${p.id}/cv`}>{t("cv.download")} ({p.cv_filename})</a> : t("review.noCv"))}
        {Object.entries(p.bio)
          .filter(([, text]) => text)
          .map(([l, text]) => (
            row(`${t("review.bio")} — ${isLocale(l) ? LOCALE_NAMES[l] : l}`, <p lang={l} dir={l === "ar" ? "rtl" : "ltr"} className="whitespace-pre-line">{text}</p>, l)
          ))}
      </dl>
      <div className="mt-8">
        {inReview ? (
          <ReviewDecisionForm
            lng={lng}
            id={p.id}
            version={p.version}
            strings={{
              legend: t("review.decisionGroup"),
              approve: t("review.approve"),
              return: t("review.return"),
              reject: t("review.reject"),
              comment: t("review.comment"),
              decide: t("review.decide"),
              fixErrors: t("review.fixErrors"),
              refused: Object.fromEntries(REFUSALS.map((r) => [r, tc(`actionRefused.${r}`)])),
              errors,
              fields: { comment: t("review.comment"), decision: t("review.decisionGroup") },
            }}
          />
        ) : (
          <p>{t("review.notInReview", { status: t(`statuses.${p.status}`) })}</p>
        )}
      </div>
    </section>
  );
}
