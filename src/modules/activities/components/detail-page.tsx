import { notFound } from "next/navigation";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { decide } from "@/modules/accounts/policy";
import { getCurrentUser } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { getActivity, pickLocale, relatedActivities } from "../server";

/** One activity, in the reader's language where it exists, with a notice where it does not. */
export async function ActivityDetailPage({ lng, id }: { lng: Locale; id: string }) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const activity = await getActivity(id);
  if (!activity) notFound();
  const [t, tc, names, related, user] = await Promise.all([
    getT(lng, "activities"),
    getT(lng),
    placeNames(lng),
    relatedActivities(activity),
    getCurrentUser(),
  ]);
  const title = pickLocale(activity.title, lng);
  const description = pickLocale(activity.description, lng);
  const languageNames = new Intl.DisplayNames([LOCALE_TAGS[lng]], { type: "language" });
  const dates = new Intl.DateTimeFormat(LOCALE_TAGS[lng], { dateStyle: "long", timeZone: "UTC" });
  const numbers = new Intl.NumberFormat(LOCALE_TAGS[lng]);
  const other = title.locale !== lng;
  const foreign = other ? { lang: title.locale, dir: title.locale === "ar" ? ("rtl" as const) : ("ltr" as const) } : {};
  const rows: [string, React.ReactNode][] = [
    [t("detail.type"), t(`types.${activity.type}`)],
    [t("detail.ipAreas"), activity.ipAreas.map((a) => t(`ipAreas.${a}`)).join(", ")],
    [t("detail.dates"), dates.formatRange(new Date(activity.startDate), new Date(activity.endDate))],
    [t("detail.venue"), activity.online ? t("search.online") : [activity.venueCity, activity.venueCountry && names.country(activity.venueCountry)].filter(Boolean).join(", ") || "—"],
    [t("detail.organisingUnit"), activity.organisingUnit],
    [t("detail.languages"), activity.languages.map((l) => languageNames.of(l) ?? l).join(", ")],
    [t("detail.funding"), [t(`funding.${activity.fundingType}`), activity.fundingDonor && `${t("detail.donor")}: ${names.country(activity.fundingDonor)}`, activity.fundingPartner].filter(Boolean).join(" · ")],
    [t("detail.partners"), activity.partners.join(", ") || "—"],
    [t("detail.experts"), activity.experts.map((e) => (e.country ? `${e.name} (${names.country(e.country)})` : e.name)).join(", ") || "—"],
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
      {other ? (
        <p role="note" className="mb-4 rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {tc("notInYourLanguage", { language: languageNames.of(title.locale) ?? title.locale })}
        </p>
      ) : null}
      <h1 className="text-3xl font-bold text-brand-900" {...foreign}>
        {title.text}
      </h1>
      <p className="mt-4 text-slate-800" {...(description.locale !== lng ? { lang: description.locale, dir: description.locale === "ar" ? "rtl" : "ltr" } : {})}>
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
              const rt = pickLocale(r.title, lng);
              return (
                <li key={r.id}>
                  <a href={`/${lng}/activities/${r.id}`} lang={rt.locale !== lng ? rt.locale : undefined}>{rt.text}</a>{" "}
                  <span className="text-sm text-slate-600">({r.startDate.slice(0, 4)})</span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
