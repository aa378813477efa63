import { notFound } from "next/navigation";
import type { RefusalMessage } from "@/lib/actions/refusals";
import { LOCALES, LOCALE_NAMES, LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { ClientI18n } from "@/lib/i18n/client-i18n";
import { AddTranslations } from "@/lib/i18n/client-provider";
import { clientSubset, getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/modules/accounts/server";
import { ActivityAssignmentsEditor } from "@/modules/consultants/components/assignment-form";
import { listCountries } from "@/modules/countries/server";
import { deleteActivityAction } from "../actions";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, FUNDING_TYPES } from "../constants";
import { activityToRow } from "../import/to-row";
import { activityIdSchema } from "../schemas";
import { getActivity } from "../server";
import { EditActivityForm, type EditField } from "./edit-form";

/** Create (no id) or edit an activity; secretariat and admin only, checked here on the server. */
export async function EditActivityPage({
  lng,
  id,
  confirmMissing,
  refused,
  assignmentNotice,
}: {
  lng: Locale;
  id?: string;
  confirmMissing?: boolean;
  refused?: RefusalMessage;
  /** What the last roster-expert change did (the roster's actions redirect here with it). */
  assignmentNotice?: "added" | "removed";
}) {
  await requirePageAccess(lng, "activities.manage", id ? `/${lng}/activities/${id}/edit` : `/${lng}/activities/new`);
  if (id !== undefined && !activityIdSchema.safeParse(id).success) notFound();
  // The form translates its error codes (errors.*) and field groups (edit.*) in the browser.
  const [t, countries, strings] = await Promise.all([getT(lng, "activities"), listCountries({ lng }), clientSubset(lng, "activities", ["errors", "edit"])]);
  const activity = id ? await getActivity(id) : null;
  if (id && !activity) notFound();
  const countryOptions = countries.map((c) => ({ value: c.iso2, label: c.name }));
  const textFields = (prefix: "title" | "description", kind: "text" | "textarea", label: string): EditField[] =>
    LOCALES.map((l) => ({
      name: `${prefix}_${l}`,
      label: `${label} — ${LOCALE_NAMES[l]}`,
      kind,
      lang: LOCALE_TAGS[l],
      dir: l === "ar" ? "rtl" : "ltr",
    }));
  const fields: EditField[] = [
    ...textFields("title", "text", t("edit.titles")),
    ...textFields("description", "textarea", t("edit.descriptions")),
    { name: "type", label: t("detail.type"), kind: "select", options: ACTIVITY_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) })) },
    { name: "ip_areas", label: t("detail.ipAreas"), kind: "text", dir: "ltr" },
    { name: "organising_unit", label: t("detail.organisingUnit"), kind: "text" },
    { name: "start_date", label: t("edit.startDate"), kind: "date" },
    { name: "end_date", label: t("edit.endDate"), kind: "date" },
    { name: "venue_city", label: t("edit.venueCity"), kind: "text" },
    { name: "venue_country", label: t("edit.venueCountry"), kind: "select", options: countryOptions },
    { name: "online", label: t("search.online"), kind: "checkbox" },
    { name: "beneficiaries", label: t("detail.beneficiaries"), kind: "text", dir: "ltr" },
    { name: "languages", label: t("detail.languages"), kind: "text", dir: "ltr" },
    { name: "funding_type", label: t("detail.funding"), kind: "select", options: FUNDING_TYPES.map((v) => ({ value: v, label: t(`funding.${v}`) })) },
    { name: "funding_donor", label: t("detail.donor"), kind: "select", options: countryOptions },
    { name: "funding_partner", label: t("detail.partner"), kind: "text" },
    { name: "partners", label: t("detail.partners"), kind: "text" },
    { name: "igo_support", label: t("edit.igoSupport"), kind: "checkbox" },
    { name: "experts", label: t("detail.experts"), kind: "text" },
    { name: "status", label: t("detail.status"), kind: "select", options: ACTIVITY_STATUSES.map((v) => ({ value: v, label: t(`statuses.${v}`) })) },
    { name: "links", label: t("detail.links"), kind: "text", dir: "ltr" },
    { name: "external_ref", label: t("detail.reference"), kind: "text", dir: "ltr" },
  ];
  return (
    <section className="mx-auto max-w-5xl px-4 py-8">
      <p className="mb-4 text-sm">
        <a href={activity ? `/${lng}/activities/${activity.id}` : `/${lng}/activities`}>{t("detail.back")}</a>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{activity ? t("edit.editTitle") : t("edit.newTitle")}</h1>
      <p className="mt-2 text-sm text-slate-700">{t("edit.hint")}</p>
      {refused ? (
        <p role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          {(await getT(lng, "common"))(`actionRefused.${refused}`)}
        </p>
      ) : null}
      <div className="mt-6">
        <ClientI18n lng={lng} ns={["common"]}>
          <AddTranslations ns="activities" resources={strings}>
            <EditActivityForm
              id={activity?.id}
              version={activity?.version}
              fields={fields}
              initial={activity ? activityToRow(activity) : { status: "planned", funding_type: "regular_budget" }}
              labels={{ save: t("edit.save"), saved: t("edit.saved"), fixErrors: t("edit.fixErrors") }}
              viewHref={`/${lng}/activities/{id}`}
            />
          </AddTranslations>
        </ClientI18n>
      </div>
      {activity ? (
        // The roster's part (docs/CONSULTANTS.md, "Assignments"): its experts, added and removed here.
        <ActivityAssignmentsEditor lng={lng} activityId={activity.id} startDate={activity.startDate} endDate={activity.endDate} notice={assignmentNotice} />
      ) : null}
      {activity ? (
        <form action={deleteActivityAction} className="mt-10 border-t border-slate-200 pt-6">
          <input type="hidden" name="id" value={activity.id} />
          <input type="hidden" name="lng" value={lng} />
          <div className="mb-3 flex items-center gap-2">
            <input id="delete-confirm" type="checkbox" name="confirm" className="size-6" aria-invalid={confirmMissing ? "true" : undefined} />
            <label htmlFor="delete-confirm">{t("edit.deleteConfirm")}</label>
          </div>
          <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">{t("edit.delete")}</button>
        </form>
      ) : null}
    </section>
  );
}
