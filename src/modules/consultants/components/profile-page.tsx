import { notFound } from "next/navigation";
import { dateFormat, formatList, languageNames, numberFormat } from "@/lib/i18n/format";
import { direction, isLocale, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { decide } from "@/modules/accounts/policy";
import { getCurrentUser } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { ScrollRegion } from "@/modules/shell";
import { consultantIdSchema, type ConsultantFull } from "../schemas";
import { getConsultant } from "../server";
import { similarConsultants } from "../server/similar-consultants";
import { ConsultantContactForm } from "./contact-form";

const th = "px-2 py-1 text-start font-semibold";
const td = "px-2 py-1 align-top";

/**
 * A consultant's profile: what anyone may see of an approved profile, and the contact details
 * and CV for the roles of `consultants.contact.read` (signed in, so never page-cached).
 */
export async function ConsultantProfilePage({ lng, id }: { lng: Locale; id: string }) {
  // Checked before the database is asked: anything but a UUID is a 404, never a database error.
  if (!consultantIdSchema.safeParse(id).success) notFound();
  const user = await getCurrentUser();
  const full = decide(user, "consultants.contact.read") === "allow";
  const profile = await getConsultant(id, { view: full ? "full" : "public", lng });
  if (!profile) notFound();
  const [t, ta, tc, names, similar] = await Promise.all([
    getT(lng, "consultants"),
    getT(lng, "activities"),
    getT(lng),
    placeNames(lng),
    similarConsultants(profile),
  ]);
  const languages = languageNames(lng);
  const dates = dateFormat(lng, { dateStyle: "medium" });
  const percent = numberFormat(lng, { style: "percent" });
  const list = (items: string[]) => (items.length ? formatList(lng, items) : "—");
  const bioLocale = isLocale(profile.bioLocale) ? profile.bioLocale : lng;
  const bioFallback = profile.bio !== "" && bioLocale !== lng;
  const contact = profile.view === "full" ? (profile as ConsultantFull) : null;
  const availability =
    profile.availability === "unavailable" && profile.unavailableUntil
      ? t("search.unavailableUntil", { date: dates.format(new Date(profile.unavailableUntil)) })
      : t(`availability.${profile.availability}`);
  const rows: [string, React.ReactNode][] = [
    [t("profile.nationality", { count: profile.nationalities.length }), list(profile.nationalities.map(names.country))],
    [t("profile.residence"), names.country(profile.residenceCountry)],
    [t("profile.organisation"), <span key="organisation" dir="auto">{profile.organisation || "—"}</span>],
    [t("profile.position"), <span key="position" dir="auto">{profile.position || "—"}</span>],
    [t("profile.ipAreas"), list(profile.ipAreas.map((a) => ta(`ipAreas.${a}`)))],
    [t("profile.skills"), list(profile.skills.map((s) => t(`skills.${s}`)))],
    [t("profile.sectors"), list(profile.sectors.map((s) => t(`sectors.${s}`)))],
    [t("profile.experience"), t("search.yearsExperience", { count: profile.yearsExperience })],
    [
      t("profile.languages"),
      list(profile.languages.map((l) => t("search.languageLevel", { language: languages.of(l.code) ?? l.code, level: t(`levels.${l.level}`) }))),
    ],
    [t("profile.availability"), availability],
    [t("profile.travel"), profile.travel ? t("profile.yes") : t("profile.no")],
    [t("profile.remote"), profile.remote ? t("profile.yes") : t("profile.no")],
    [
      t("profile.record"),
      [
        t("search.assignments", { count: profile.assignments }),
        t("search.countriesServed", { count: profile.countriesServed }),
        ...(profile.southSouthShare !== null ? [t("search.southSouthShare", { share: percent.format(profile.southSouthShare) })] : []),
      ].join(" · "),
    ],
    [t("profile.confirmed"), dates.format(new Date(profile.confirmedAt))],
  ];
  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      <p className="mb-4 text-sm">
        <a href={`/${lng}/consultants`}>{t("profile.back")}</a>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">
        <span dir="auto">{profile.fullName}</span>
        {profile.latinName ? (
          <>
            {" "}
            <span dir="ltr" className="text-xl font-normal text-slate-700">({profile.latinName})</span>
          </>
        ) : null}
      </h1>
      {profile.stale ? (
        <p role="note" className="mt-3 rounded border-s-4 border-amber-600 bg-amber-50 p-3 font-semibold text-amber-950">
          {t("search.notConfirmedSince", { date: dates.format(new Date(profile.confirmedAt)) })}
        </p>
      ) : null}
      <section aria-labelledby="bio" className="mt-6">
        <h2 id="bio" className="text-xl font-bold text-brand-900">{t("profile.bio")}</h2>
        {bioFallback ? (
          <p role="note" className="mt-2 rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
            {tc("notInYourLanguage", { language: languages.of(bioLocale) ?? bioLocale })}
          </p>
        ) : null}
        <p className="mt-2 whitespace-pre-line text-slate-800" {...(bioFallback ? { lang: bioLocale, dir: direction(bioLocale) } : {})}>
          {profile.bio || "—"}
        </p>
      </section>
      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-900">{label}</dt>
            <dd className="text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>

      {contact ? (
        <section aria-labelledby="contact-details" className="mt-8 rounded border border-slate-300 p-4">
          <h2 id="contact-details" className="text-xl font-bold text-brand-900">{t("profile.contactDetails")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("profile.contactPrivate")}</p>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">{t("profile.email")}</dt>
            <dd>
              <a href={`mailto:${contact.email}`} dir="ltr">{contact.email}</a>
            </dd>
            <dt className="font-semibold">{t("profile.phone")}</dt>
            <dd dir="ltr" className="text-start">{contact.phone ?? "—"}</dd>
            <dt className="font-semibold">{t("profile.cv")}</dt>
            <dd>{contact.hasCv ? <a href={`/api/v1/consultants/${profile.id}/cv`}>{t("profile.downloadCv")}</a> : t("profile.noCv")}</dd>
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="assignments" className="mt-8">
        <h2 id="assignments" className="text-xl font-bold text-brand-900">{t("profile.assignments")}</h2>
        {profile.assignmentList.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("profile.noAssignments")}</p>
        ) : (
          <ScrollRegion label={t("profile.assignments")} className="mt-2">
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className={th}>{t("profile.activity")}</th>
                  <th scope="col" className={th}>{t("profile.role")}</th>
                  <th scope="col" className={th}>{t("profile.dates")}</th>
                  <th scope="col" className={th}>{t("profile.beneficiaries")}</th>
                  <th scope="col" className={th}>{t("profile.modality")}</th>
                </tr>
              </thead>
              <tbody>
                {profile.assignmentList.map((a) => (
                  <tr key={a.id} className="border-b border-slate-100">
                    <td className={td}>
                      <a
                        href={`/${lng}/activities/${a.activityId}`}
                        {...(a.activityTitleLocale !== lng && isLocale(a.activityTitleLocale) ? { lang: a.activityTitleLocale, dir: direction(a.activityTitleLocale) } : {})}
                      >
                        {a.activityTitle}
                      </a>
                    </td>
                    <td className={td}>{t(`roles.${a.role}`)}</td>
                    <td className={`${td} whitespace-nowrap`}>{dates.formatRange(new Date(a.startsOn), new Date(a.endsOn))}</td>
                    <td className={td}>{list(a.beneficiaryCountries.map(names.country))}</td>
                    <td className={td}>{ta(`modalities.${a.modality}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      {similar.length ? (
        <section aria-labelledby="similar" className="mt-8">
          <h2 id="similar" className="text-xl font-bold text-brand-900">{t("profile.similar")}</h2>
          <ul className="mt-2 space-y-1">
            {similar.map((s) => (
              <li key={s.id}>
                <a href={`/${lng}/consultants/${s.id}`} className="underline">
                  <span dir="auto">{s.fullName}</span>
                  {s.latinName ? <span dir="ltr"> ({s.latinName})</span> : null}
                </a>{" "}
                <span className="text-sm text-slate-600">
                  {formatList(lng, s.nationalities.map(names.country))} · {t("search.assignments", { count: s.assignments })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {/* Anyone may write to the consultant through the outbox; the address is never shown. */}
      <ConsultantContactForm lng={lng} consultantId={profile.id} />
    </article>
  );
}
