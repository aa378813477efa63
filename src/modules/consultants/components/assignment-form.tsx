import { dateFormat, formatList } from "@/lib/i18n/format";
import { REFUSALS } from "@/lib/actions/refusals";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { placeNames } from "@/modules/countries/server";
import { removeAssignmentAction } from "../actions/assignments";
import { ASSIGNMENT_ROLES } from "../constants";
import { activityAssignments } from "../server";
import { AssignmentFormFields } from "./assignment-form-fields";

/** The error codes the add form can get back (consultants:assignments.errors.*). */
const ERROR_CODES = ["invalid", "required", "invalid_id", "invalid_choice", "invalid_date", "before_start", "too_long", "unknown_consultant", "unknown_activity", "far_from_activity"] as const;

/**
 * The roster experts of an activity on its edit page (secretariat; the page checks access):
 * each with a remove button, and the "Add a roster expert" form — plain forms, no JavaScript
 * needed. `notice` is what the last change did (the action's redirect says it).
 */
export async function ActivityAssignmentsEditor({
  lng,
  activityId,
  startDate,
  endDate,
  notice,
}: {
  lng: Locale;
  activityId: string;
  startDate: string;
  endDate: string;
  notice?: "added" | "removed";
}) {
  const [t, tc, names, assignments] = await Promise.all([getT(lng, "consultants"), getT(lng, "common"), placeNames(lng), activityAssignments(activityId, { approvedOnly: false })]);
  const dates = dateFormat(lng, { dateStyle: "medium" });
  const roles = ASSIGNMENT_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  const refused = Object.fromEntries(REFUSALS.map((r) => [r, r === "conflict" ? t("assignments.alreadyAssigned") : tc(`actionRefused.${r}`)]));
  return (
    <section id="roster-experts" aria-labelledby="roster-experts-title" className="mt-10 border-t border-slate-200 pt-6">
      <h2 id="roster-experts-title" className="text-xl font-bold text-brand-900">{t("assignments.title")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("assignments.lead")}</p>
      {notice ? (
        <p role="status" className="mt-3 rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">{t(`assignments.${notice}`)}</p>
      ) : null}
      {assignments.length ? (
        <ul className="mt-3 divide-y divide-slate-200">
          {assignments.map((a) => {
            const name = a.latinName && a.latinName !== a.fullName ? `${a.fullName} (${a.latinName})` : a.fullName;
            return (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <a href={`/${lng}/consultants/${a.consultantId}`}>{name}</a>
                  {" · "}
                  {t(`roles.${a.role}`)} · {formatList(lng, a.nationalities.map((c) => names.country(c)))} · {dates.formatRange(new Date(a.startsOn), new Date(a.endsOn))}
                  {a.status !== "approved" ? <span className="ms-2 text-sm text-amber-900">{t("assignments.notApproved")}</span> : null}
                </span>
                <form action={removeAssignmentAction}>
                  <input type="hidden" name="consultantId" value={a.consultantId} />
                  <input type="hidden" name="assignmentId" value={a.id} />
                  <input type="hidden" name="activityId" value={activityId} />
                  <input type="hidden" name="lng" value={lng} />
                  <button type="submit" className="rounded border border-red-800 px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50" aria-label={t("assignments.removeLabel", { name, role: t(`roles.${a.role}`) })}>
                    {t("assignments.remove")}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-3">{t("assignments.none")}</p>
      )}
      <AssignmentFormFields
        lng={lng}
        activityId={activityId}
        defaults={{ startsOn: startDate, endsOn: endDate }}
        roles={roles}
        text={{
          legend: t("assignments.add"),
          consultantId: t("assignments.consultantId"),
          consultantIdHint: t("assignments.consultantIdHint"),
          role: t("assignments.role"),
          startsOn: t("assignments.startsOn"),
          endsOn: t("assignments.endsOn"),
          submit: t("assignments.submit"),
          refused,
          errors: Object.fromEntries(ERROR_CODES.map((c) => [c, t(`assignments.errors.${c}`)])),
        }}
      />
    </section>
  );
}
