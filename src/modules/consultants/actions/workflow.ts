"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, submitAction, type RefusalMessage } from "@/lib/actions/form-action";
import { parseOrThrow } from "@/lib/api/query";
import { invalidInput } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { requireAccess } from "@/modules/accounts/server";
import { formToProfileInput, profileFormValues, type ProfileFormValues } from "../profile-form";
import { consultantProfileInputSchema, nominationInputSchema, reviewDecisionSchema } from "../schemas";
import { acceptInvitation, confirmOwnProfile, decideReview, nominateConsultant, removeOwnCv, saveOwnCv, saveOwnProfile, withdrawOwnProfile } from "../server";

// The roster's workflow (docs/CONSULTANTS.md, "Workflow"): one's own profile and CV, review, nomination.

const apply = () => requireAccess("consultants.apply");
const lngOf = (form: FormData) => z.enum(LOCALES).catch("en").parse(form.get("lng"));
const fieldErrors = (errors: Record<string, string>) => Object.entries(errors).map(([field, reason]) => ({ field: field.split(".")[0]!, reason }));

export interface ProfileFormState {
  /** Changes with every answer, so the fields remount with the values sent back. */
  round?: number;
  status?: "saved" | "submitted" | "backToReview" | "error";
  message?: RefusalMessage;
  errors?: { field: string; reason: string }[];
  values?: ProfileFormValues;
  /** The version the next save is based on (after a conflict, the current one: saving again overwrites it deliberately). */
  version?: number;
}

const versionOf = (form: FormData) => {
  const v = Number(form.get("version"));
  return Number.isInteger(v) && v > 0 ? v : undefined;
};

/** Saves one's own profile (draft or not); `intent=submit` also sends it to review. Refused, the form keeps everything typed. */
export const saveProfileAction = formAction(
  {
    authorize: apply,
    refused: (r, form): ProfileFormState => ({
      round: Date.now(),
      status: "error",
      message: r.message,
      errors: fieldErrors(r.fieldErrors),
      values: profileFormValues(form),
      version: (r.current as { version?: number } | undefined)?.version ?? versionOf(form),
    }),
  },
  async ({ auth, form, meta }): Promise<ProfileFormState> => {
    const values = profileFormValues(form);
    const input = parseOrThrow(consultantProfileInputSchema, formToProfileInput(values));
    const saved = await saveOwnProfile(auth, input, meta, { expectedVersion: versionOf(form), submit: form.get("intent") === "submit" });
    revalidatePath(`/${lngOf(form)}/consultants/apply`);
    return { round: Date.now(), status: saved.backToReview ? "backToReview" : saved.status === "submitted" && form.get("intent") === "submit" ? "submitted" : "saved", values, version: saved.version };
  },
);

const back = (form: FormData, query: string) => redirect(`/${lngOf(form)}/consultants/apply?${query}`);

export const withdrawProfileAction = submitAction(
  { authorize: apply, refused: (r, form) => back(form, `refused=${r.message}`) },
  async ({ auth, form, meta }) => {
    const version = versionOf(form);
    if (!version) throw invalidInput([{ name: "version", reason: "required" }]);
    await withdrawOwnProfile(auth, version, meta);
    back(form, "done=withdrawn");
  },
);

export const confirmProfileAction = submitAction({ authorize: apply, refused: (r, form) => back(form, `refused=${r.message}`) }, async ({ auth, form, meta }) => {
  const version = versionOf(form);
  if (!version) throw invalidInput([{ name: "version", reason: "required" }]);
  await confirmOwnProfile(auth, meta, version);
  back(form, "done=confirmed");
});

export interface CvFormState {
  round?: number;
  status?: "saved" | "error";
  message?: RefusalMessage;
  errors?: { field: string; reason: string }[];
}

/** Uploads or replaces one's CV (multipart; one PDF ≤ 5 MB, checked by its bytes). Refusals name `cv`. */
export const uploadCvAction = formAction(
  { authorize: apply, refused: (r): CvFormState => ({ round: Date.now(), status: "error", message: r.message, errors: fieldErrors(r.fieldErrors) }) },
  async ({ auth, form, meta }): Promise<CvFormState> => {
    const file = form.get("cv");
    if (!(file instanceof File) || file.size === 0) throw invalidInput([{ name: "cv", reason: "cv_required" }]);
    await saveOwnCv(auth, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }, meta);
    revalidatePath(`/${lngOf(form)}/consultants/apply`);
    return { round: Date.now(), status: "saved" };
  },
);

export const removeCvAction = submitAction({ authorize: apply, refused: (r, form) => back(form, `refused=${r.message}`) }, async ({ auth, form, meta }) => {
  if (form.get("confirm") !== "on") throw invalidInput([{ name: "confirm", reason: "required" }]);
  await removeOwnCv(auth, meta);
  back(form, "done=cvRemoved");
});

export interface DecisionFormState {
  round?: number;
  status?: "error";
  message?: RefusalMessage;
  errors?: { field: string; reason: string }[];
  values?: { decision: string; comment: string };
  version?: number;
}

/** The secretariat's decision on a profile in review; done, back to the queue. Refused, the comment is kept. */
export const reviewDecisionAction = formAction(
  {
    authorize: () => requireAccess("consultants.review"),
    schema: reviewDecisionSchema,
    input: (form) => ({ id: String(form.get("id") ?? ""), decision: String(form.get("decision") ?? ""), comment: String(form.get("comment") ?? ""), version: String(form.get("version") ?? "") }),
    refused: (r, form): DecisionFormState => ({
      round: Date.now(),
      status: "error",
      message: r.message,
      errors: fieldErrors(r.fieldErrors),
      values: { decision: String(form.get("decision") ?? ""), comment: String(form.get("comment") ?? "") },
      version: (r.current as { version?: number } | undefined)?.version ?? versionOf(form),
    }),
  },
  async ({ auth, input, form, meta }): Promise<DecisionFormState> => {
    const done = await decideReview(auth, input, meta);
    redirect(`/${lngOf(form)}/consultants/review?done=${done.status}`);
  },
);

export interface NominateFormState {
  round?: number;
  status?: "sent" | "error";
  message?: RefusalMessage;
  errors?: { field: string; reason: string }[];
  values?: { fullName: string; email: string; lng: string };
}

const nomineeTyped = (form: FormData) => ({ fullName: String(form.get("fullName") ?? ""), email: String(form.get("email") ?? "").trim(), lng: String(form.get("nomineeLng") ?? "") });

/** A focal point nominates a national of their country; the nominee is emailed an invitation. */
export const nominateAction = formAction(
  {
    authorize: () => requireAccess("consultants.nominate"),
    schema: nominationInputSchema,
    input: nomineeTyped,
    refused: (r, form): NominateFormState => ({
      round: Date.now(),
      status: "error",
      message: r.message,
      errors: fieldErrors(Object.fromEntries(Object.entries(r.fieldErrors).map(([k, v]) => [k === "lng" ? "nomineeLng" : k, v]))),
      values: nomineeTyped(form),
    }),
  },
  async ({ auth, input, meta }): Promise<NominateFormState> => {
    await nominateConsultant(auth, input, meta);
    return { round: Date.now(), status: "sent", values: { fullName: "", email: "", lng: input.lng } };
  },
);

/** The signed-in nominee accepts an invitation: then they complete the profile on the apply page. */
export const acceptInvitationAction = submitAction(
  {
    authorize: apply,
    refused: (r, form) => {
      const token = String(form.get("token") ?? "").slice(0, 100);
      const reason = r.fieldErrors.token ?? r.message;
      redirect(`/${lngOf(form)}/consultants/invitation?token=${encodeURIComponent(token)}&refused=${encodeURIComponent(reason)}`);
    },
  },
  async ({ auth, form, meta }) => {
    await acceptInvitation(auth, String(form.get("token") ?? ""), meta);
    back(form, "done=accepted");
  },
);
