import { notFound } from "next/navigation";
import { dateFormat, formatList, languageNames, numberFormat, yearFormat } from "@/lib/i18n/format";
import { pickLocalized } from "@/lib/i18n/localized";
import { direction, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { decide } from "@/modules/accounts/policy";
import { getCurrentUser } from "@/modules/accounts/server";
import { activityAssignments, experiencedExperts } from "@/modules/consultants/server";
import { placeNames } from "@/modules/countries/server";
import { activityIdSchema } from "../schemas";
import { getActivity, relatedActivities } from "../server";

/** One activity, in the reader's language where it exists, with a notice where it does not. */
export async function ActivityDetailPage({ lng, id }: { lng: Locale; id: string }) {
  // Checked before the database is asked: anything but a UUID is a 404, never a database error.
  if (!activityIdSchema.safeParse(id).success) notFound();
  const activity = await getActivity(id);
  if (!activity) notFound();
  const [t, tc, tr, names, related, user, rosterExperts, experienced] = await Promise.all([
    getT(lng, "activities"),
    getT(lng),
    getT(lng, "consultants"),
    placeNames(lng),
    relatedActivities(activity),
    getCurrentUser(),
    // The roster's part (docs/CONSULTANTS.md, "Assignments"): its experts, and who did this kind of activity.
    activityAssignments(activity.id, { approvedOnly: true }),
    experiencedExperts(activity),
  ]);
  const personName = (p: { fullName: string; latinName: string | null }) => (p.latinName && p.latinName !== p.fullName ? `${p.fullName} (${p.latinName})` : p.fullName);
  const title = pickLocalized(activity.title, lng);
  const description = pickLocalized(activity.description, lng);
  const languages = languageNames(lng);
  const dates = dateFormat(lng, { dateStyle: "long" });
  const numbers = numberFormat(lng);
  const years = yearFormat(lng);
  const list = (items: string[]) => (items.length ? formatList(lng, items) : "—");
  const marked = (picked: { locale: Locale; fallback: boolean }) => (picked.fallback ? { lang: picked.locale, dir: direction(picked.locale) } : {});
  const venue = [activity.venueCity, activity.venueCountry && names.country(activity.venueCountry)].filter((v): v is string => Boolean(v));
  const rows: [string, React.ReactNode][] = [
    [t("detail.type"), t(`types.${activity.type}`)],
    [t("detail.ipAreas"), list(activity.ipAreas.map((a) => t(`ipAreas.${a}`)))],
    [t("detail.dates"), dates.formatRange(new Date(activity.startDate), new Date(activity.endDate))],
    [t("detail.venue"), activity.online ? t("search.online") : venue.length === 2 ? t("detail.place", { city: venue[0], country: venue[1] }) : (venue[0] ?? "—")],
    [t("detail.organisingUnit"), activity.organisingUnit],
    [t("detail.languages"), list(activity.languages.map((l) => languages.of(l) ?? l))],
    [t("detail.funding"), [t(`funding.${activity.fundingType}`), activity.fundingDonor && `${t("detail.donor")}: ${names.country(activity.fundingDonor)}`, activity.fundingPartner].filter(Boolean).join(" · ")],
    [t("detail.partners"), list(activity.partners)],
    [t("detail.experts"), list(activity.experts.map((e) => (e.country ? `${e.name} (${names.country(e.country)})` : e.name)))],
    [t("detail.modality"), t(`modalities.${activity.modality}`)],
    [t("detail.status"), t(`statuses.${activity.status}`)],
    [t("detail.reference"), activity.externalRef ?? "—"],
  ];
  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      <p className="mb-4 flex gap-4 text-sm">
        <a href={`/${lng}/activities`}>{t("detail.back")}</a>
        {decide(user, "activities.manage") === "allow" ? <a href={`/${lng}/activities/${activity.id}/edit`}>{t("edit.edit")}</a> : null}
      </p>
      {title.fallback ? (
        <p role="note" className="mb-4 rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {tc("notInYourLanguage", { language: languages.of(title.locale) ?? title.locale })}
        </p>
      ) : null}
      <h1 className="text-3xl font-bold text-brand-900" {...marked(title)}>
        {title.text}
      </h1>
      <p className="mt-4 text-slate-800" {...marked(description)}>
        {description.text}
      </p>
      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-900">{label}</dt>
            <dd className="text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="beneficiaries" className="mt-8">
        <h2 id="beneficiaries" className="text-xl font-bold text-brand-900">{t("detail.beneficiaries")}</h2>
        <table className="mt-2 w-full max-w-md text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 text-start">{t("detail.country")}</th>
              <th scope="col" className="py-1 text-end">{t("detail.participants")}</th>
            </tr>
          </thead>
          <tbody>
            {activity.beneficiaries.map((b) => (
              <tr key={b.country} className="border-b border-slate-100">
                <td className="py-1">{names.country(b.country)}</td>
                <td className="py-1 text-end">{numbers.format(b.participants)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="py-1 text-start">{t("detail.total")}</th>
              <td className="py-1 text-end font-semibold">{numbers.format(activity.totalParticipants)}</td>
            </tr>
          </tfoot>
        </table>
      </section>
      {rosterExperts.length ? (
        <section aria-labelledby="roster-experts" className="mt-8">
          <h2 id="roster-experts" className="text-xl font-bold text-brand-900">{tr("assignments.title")}</h2>
          <table className="mt-2 w-full text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 text-start">{tr("assignments.expert")}</th>
                <th scope="col" className="py-1 text-start">{tr("assignments.role")}</th>
                <th scope="col" className="py-1 text-start">{tr("assignments.nationality")}</th>
              </tr>
            </thead>
            <tbody>
              {rosterExperts.map((e) => (
                <tr key={e.id} className="border-b border-slate-100">
                  <td className="py-1"><a href={`/${lng}/consultants/${e.consultantId}`}>{personName(e)}</a></td>
                  <td className="py-1">{tr(`roles.${e.role}`)}</td>
                  <td className="py-1">{list(e.nationalities.map((c) => names.country(c)))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {experienced.length ? (
        <section aria-labelledby="experienced-experts" className="mt-8">
          <h2 id="experienced-experts" className="text-xl font-bold text-brand-900">{tr("activityExperts.title")}</h2>
          <p className="mt-1 text-sm text-slate-700">{tr("activityExperts.lead")}</p>
          <ul className="mt-2 space-y-1">
            {experienced.map((e) => (
              <li key={e.id}>
                {/* Underlined: beside text of nearly its colour, the link must not rely on colour alone (axe link-in-text-block). */}
                <a href={`/${lng}/consultants/${e.id}`} className="underline">{personName(e)}</a>{" "}
                <span className="text-sm text-slate-700">
                  ({list(e.nationalities.map((c) => names.country(c)))} · {tr("activityExperts.similar", { count: e.similarAssignments })})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {activity.links.length ? (
        <section aria-labelledby="links" className="mt-8">
          <h2 id="links" className="text-xl font-bold text-brand-900">{t("detail.links")}</h2>
          <ul className="mt-2 list-disc ps-6">
            {activity.links.map((l) => (
              <li key={l.url}><a href={l.url} dir="ltr">{l.url}</a></li>
            ))}
          </ul>
        </section>
      ) : null}
      {related.length ? (
        <section aria-labelledby="related" className="mt-8">
          <h2 id="related" className="text-xl font-bold text-brand-900">{t("detail.related")}</h2>
          <ul className="mt-2 space-y-1">
            {related.map((r) => {
              const rt = pickLocalized(r.title, lng);
              return (
                <li key={r.id}>
                  <a href={`/${lng}/activities/${r.id}`} {...marked(rt)}>{rt.text}</a>{" "}
                  <span className="text-sm text-slate-600">({years.format(Number(r.startDate.slice(0, 4)))})</span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
