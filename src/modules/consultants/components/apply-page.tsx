import { REFUSALS } from "@/lib/actions/refusals";
import { dateFormat, numberFormat } from "@/lib/i18n/format";
import { LOCALES, LOCALE_NAMES, LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { clientSubset, getT } from "@/lib/i18n/server";
import { IP_AREAS } from "@/modules/activities/constants";
import { requirePageAccess } from "@/modules/accounts/server";
import { listCountries } from "@/modules/countries/server";
import { confirmProfileAction, removeCvAction, withdrawProfileAction } from "../actions/workflow";
import { AVAILABILITIES, GENDERS, SECTORS, SKILLS } from "../constants";
import { profileToFormValues, type ProfileFormValues } from "../profile-form";
import { getOwnProfile, rowToInput } from "../server";
import { transitionsFrom } from "../state-machine";
import { CvUploadForm, WorkflowProfileForm, type ProfileField } from "./workflow-profile-form";

const DONE = ["withdrawn", "confirmed", "cvRemoved", "accepted"] as const;

/** "My roster profile": fill, save, submit, withdraw and confirm one's own profile, and its CV. */
export async function ApplyPage({ lng, done, refused }: { lng: Locale; done?: string; refused?: string }) {
  const user = await requirePageAccess(lng, "consultants.apply", `/${lng}/consultants/apply`);
  const [t, tc, ta, countries, profile] = await Promise.all([getT(lng, "consultants"), getT(lng, "common"), getT(lng, "activities"), listCountries({ lng }), getOwnProfile(user.id)]);
  const countryOptions = countries.map((c) => ({ value: c.iso2, label: c.name }));
  const fields: ProfileField[] = [
    { group: "identity", name: "fullName", label: t("apply.fullName"), kind: "text" },
    { group: "identity", name: "latinName", label: t("apply.latinName"), kind: "text", dir: "ltr" },
    { group: "identity", name: "nationalities", label: t("apply.nationalities"), kind: "multiselect", options: countryOptions },
    { group: "identity", name: "residenceCountry", label: t("apply.residenceCountry"), kind: "select", options: countryOptions },
    { group: "identity", name: "gender", label: t("apply.gender"), kind: "select", options: GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) })) },
    { group: "identity", name: "organisation", label: t("apply.organisation"), kind: "text" },
    { group: "identity", name: "position", label: t("apply.position"), kind: "text" },
    { group: "expertise", name: "ipAreas", label: t("apply.ipAreas"), kind: "checkboxes", options: IP_AREAS.map((a) => ({ value: a, label: ta(`ipAreas.${a}`) })) },
    { group: "expertise", name: "skills", label: t("apply.skills"), kind: "checkboxes", options: SKILLS.map((s) => ({ value: s, label: t(`skills.${s}`) })) },
    { group: "expertise", name: "sectors", label: t("apply.sectors"), kind: "checkboxes", options: SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) })) },
    { group: "expertise", name: "yearsExperience", label: t("apply.yearsExperience"), kind: "number" },
    { group: "languages", name: "languages", label: t("apply.languages"), kind: "text", hint: t("apply.languagesHint"), dir: "ltr" },
    { group: "availability", name: "availability", label: t("apply.availability"), kind: "select", options: AVAILABILITIES.map((a) => ({ value: a, label: t(`availability.${a}`) })) },
    { group: "availability", name: "unavailableUntil", label: t("apply.unavailableUntil"), kind: "date" },
    { group: "availability", name: "travel", label: t("apply.travel"), kind: "checkbox" },
    { group: "availability", name: "remote", label: t("apply.remote"), kind: "checkbox" },
    { group: "contact", name: "email", label: t("apply.email"), kind: "email", dir: "ltr" },
    { group: "contact", name: "phone", label: t("apply.phone"), kind: "text", dir: "ltr" },
    ...LOCALES.map((l): ProfileField => ({ group: "bio", name: `bio_${l}`, label: t("apply.bio", { language: LOCALE_NAMES[l] }), kind: "textarea", lang: LOCALE_TAGS[l], dir: l === "ar" ? "rtl" : "ltr" })),
  ];
  const groups = [
    { id: "identity", label: t("apply.identity") },
    { id: "expertise", label: t("apply.expertise") },
    { id: "languages", label: t("apply.languagesGroup") },
    { id: "availability", label: t("apply.availabilityGroup") },
    { id: "contact", label: t("apply.contact") },
    { id: "bio", label: t("apply.bioGroup") },
  ];
  const initial: ProfileFormValues = profile
    ? profileToFormValues(rowToInput(profile))
    : { fullName: user.name, email: user.email, travel: "true", remote: "true", availability: "available" };
  if (profile && profile.ip_areas.length === 0) initial.yearsExperience = "";
  const status = profile?.status ?? "draft";
  const canSubmit = transitionsFrom(status).includes("submit") || status === "withdrawn" || status === "rejected";
  const refusedStrings = Object.fromEntries(REFUSALS.map((r) => [r, tc(`actionRefused.${r}`)]));
  const errors = (await clientSubset(lng, "consultants", ["errors"])).errors as Record<string, string>;
  const notice = DONE.find((d) => d === done);
  const refusal = REFUSALS.find((r) => r === refused);
  return (
    <section className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("apply.title")}</h1>
      <p className="mt-2 text-slate-800">{t("apply.intro")}</p>
      {profile ? <p className="mt-2 font-semibold">{t("apply.status", { status: t(`statuses.${profile.status}`) })}</p> : null}
      {notice ? <p role="status" className="mt-4 rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">{t(`apply.done_${notice}`)}</p> : null}
      {refusal ? <p role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">{tc(`actionRefused.${refusal}`)}</p> : null}
      {profile?.review_comment && (profile.status === "returned" || profile.status === "rejected") ? (
        <div className="mt-4 rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          <p className="font-semibold">{t(profile.status === "returned" ? "apply.returnedComment" : "apply.rejectedComment")}</p>
          <p className="whitespace-pre-line">{profile.review_comment}</p>
        </div>
      ) : null}
      {profile?.status === "approved" ? (
        <form action={confirmProfileAction} className="mt-4 flex flex-wrap items-center gap-3">
          <input type="hidden" name="lng" value={lng} />
          <input type="hidden" name="version" value={profile.version} />
          <p>{t("apply.confirmedOn", { date: dateFormat(lng).format(profile.last_confirmed_at) })}</p>
          <button type="submit" className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-900">{t("apply.confirm")}</button>
        </form>
      ) : null}
      <div className="mt-6">
        <WorkflowProfileForm
          lng={lng}
          version={profile?.version}
          fields={fields}
          groups={groups}
          initial={initial}
          canSubmit={canSubmit}
          strings={{
            saveDraft: t("apply.saveDraft"),
            save: t("apply.save"),
            saveSubmit: t("apply.saveSubmit"),
            saved: t("apply.saved"),
            submitted: t("apply.submitted"),
            backToReview: t("apply.backToReview"),
            fixErrors: t("apply.fixErrors"),
            reviewWarning: status === "approved" ? t("apply.reviewWarning") : undefined,
            refused: refusedStrings,
            errors,
            fieldError: t("apply.fieldError", { field: "{{field}}", message: "{{message}}", interpolation: { skipOnVariables: true } }),
          }}
        />
      </div>
      <section className="mt-10 border-t border-slate-300 pt-6" aria-labelledby="cv-title">
        <h2 id="cv-title" className="text-2xl font-semibold">{t("cv.title")}</h2>
        <p className="mt-2">
          {profile?.cv_filename
            ? t("cv.current", { filename: profile.cv_filename, size: `${numberFormat(lng, { maximumFractionDigits: 1 }).format((profile.cv_size ?? 0) / 1024)} KB`, date: dateFormat(lng).format(profile.cv_uploaded_at!) })
            : t("cv.none")}
        </p>
        {profile?.cv_filename ? (
          <p className="mt-1">
            <a href={`/api/v1/consultants/${profile.id}/cv`}>{t("cv.download")}</a>
          </p>
        ) : null}
        <div className="mt-3">
          <CvUploadForm
            lng={lng}
            strings={{ file: t("cv.file"), hint: t("cv.hint"), upload: t("cv.upload"), saved: t("cv.saved"), fixErrors: t("apply.fixErrors"), fieldError: "{{field}}: {{message}}", refused: refusedStrings, errors }}
          />
        </div>
        {profile?.cv_filename ? (
          <form action={removeCvAction} className="mt-4 flex flex-wrap items-center gap-3">
            <input type="hidden" name="lng" value={lng} />
            <input id="cv-remove-confirm" type="checkbox" name="confirm" className="size-6" />
            <label htmlFor="cv-remove-confirm">{t("cv.removeConfirm")}</label>
            <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">{t("cv.remove")}</button>
          </form>
        ) : null}
      </section>
      {profile && transitionsFrom(profile.status).includes("withdraw") ? (
        <form action={withdrawProfileAction} className="mt-10 border-t border-slate-300 pt-6">
          <input type="hidden" name="lng" value={lng} />
          <input type="hidden" name="version" value={profile.version} />
          <p className="mb-2">{t("apply.withdrawHint")}</p>
          <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">{t("apply.withdraw")}</button>
        </form>
      ) : null}
    </section>
  );
}
