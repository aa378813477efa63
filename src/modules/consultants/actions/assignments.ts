"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, submitAction, type RefusalMessage } from "@/lib/actions/form-action";
import { LOCALES } from "@/lib/i18n/locales";
import { requireAccess } from "@/modules/accounts/server";
import { assignmentInputSchema } from "../schemas";
import { addAssignment, removeAssignment } from "../server";

const manage = () => requireAccess("consultants.assignments.manage");
const lngOf = (form: FormData) => z.enum(LOCALES).catch("en").parse(form.get("lng"));
const uuid = z.uuid();

export interface AssignmentFormState {
  message?: RefusalMessage;
  /** Field → error code (consultants:assignments.errors.*). */
  errors?: Record<string, string>;
  values?: Record<string, string>;
  /** Changes with every answer, so the fields remount with the values sent back. */
  round?: number;
}

const FIELDS = ["consultantId", "activityId", "role", "startsOn", "endsOn"] as const;
const typed = (form: FormData) => Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "").trim()]));

/**
 * "Add a roster expert" on an activity's edit page (secretariat): on success back to that page
 * (its list shows the new assignment, and the activity's modality is re-derived); refused, the
 * form keeps what was typed.
 */
export const addAssignmentAction = formAction(
  {
    authorize: manage,
    schema: assignmentInputSchema,
    input: typed,
    refused: (r, form): AssignmentFormState => ({ message: r.message, errors: r.fieldErrors, values: typed(form), round: Date.now() }),
  },
  async ({ auth, input, form, meta }): Promise<AssignmentFormState> => {
    await addAssignment(auth, input, meta);
    redirect(`/${lngOf(form)}/activities/${input.activityId}/edit?assignment=added#roster-experts`);
  },
);

const removeForm = z.object({ consultantId: z.uuid({ error: "invalid_id" }), assignmentId: z.uuid({ error: "invalid_id" }), activityId: z.uuid({ error: "invalid_id" }) });

/** The remove button beside each roster expert on the edit page. */
export const removeAssignmentAction = submitAction(
  {
    authorize: manage,
    schema: removeForm,
    input: (form) => ({ consultantId: form.get("consultantId"), assignmentId: form.get("assignmentId"), activityId: form.get("activityId") }),
    // Only a checked id and locale end up in the redirect path.
    refused: (r, form) => {
      const activity = uuid.safeParse(form.get("activityId"));
      redirect(activity.success ? `/${lngOf(form)}/activities/${activity.data}/edit?refused=${r.message}#roster-experts` : `/${lngOf(form)}/activities?refused=${r.message}`);
    },
  },
  async ({ auth, input, form, meta }) => {
    const removed = await removeAssignment(auth, input.consultantId, input.assignmentId, meta);
    redirect(`/${lngOf(form)}/activities/${removed.activityId}/edit?assignment=removed#roster-experts`);
  },
);
