"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { requestMeta } from "@/lib/request-meta";
import { recordAudit } from "@/modules/audit/server";
import { safeLocalPath, type FormState } from "./form-state";
import { adminUserPatchSchema, profileSchema, registerSchema, userIdParams } from "./schemas";
import {
  authenticate,
  changePassword,
  deleteAccount,
  endSession,
  getCurrentUser,
  registerAccount,
  requestPasswordReset,
  requireAccess,
  resetPassword,
  setFocalPoint,
  startSession,
  updateProfile,
  updateUser,
  verifyEmail,
} from "./server";

const str = (form: FormData, key: string) => String(form.get(key) ?? "");
const lngOf = (form: FormData) => {
  const lng = str(form, "lng");
  return isLocale(lng) ? lng : "en";
};
const meta = async () => requestMeta(await headers());

/** Turns the taxonomy's errors into form feedback; anything else is a bug and is rethrown. */
function toFormState(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof AppError) {
    if (error.kind === "invalid_input") {
      const fieldErrors: Record<string, string> = {};
      for (const p of error.extra.invalidParams ?? []) fieldErrors[p.name.replace(/^body\./, "")] ??= p.reason;
      return { status: "error", message: "fixErrors", fieldErrors, values };
    }
    if (error.kind === "rate_limited") return { status: "error", message: "rateLimited", values };
    if (error.kind === "unauthenticated" || error.kind === "forbidden") return { status: "error", message: "notAllowed", values };
    if (error.kind === "conflict") return { status: "error", message: "conflict", values };
  }
  throw error;
}

function zodErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join(".")] ??= issue.message;
  return out;
}

export async function signInAction(_: FormState, form: FormData): Promise<FormState> {
  const lng = lngOf(form);
  const email = str(form, "email");
  const result = await authenticate(email, str(form, "password"), await meta());
  if (!result.ok) {
    const message = { invalid: "invalidCredentials", unverified: "unverified", inactive: "inactive", rate_limited: "rateLimited" }[result.reason];
    return { status: "error", message, values: { email } };
  }
  await startSession(result.user);
  redirect(safeLocalPath(form.get("next"), `/${lng}/account`));
}

export async function signOutAction(form: FormData): Promise<void> {
  const user = await getCurrentUser();
  await endSession();
  if (user) await recordAudit({ actor: user, action: "auth.sign_out", outcome: "success", meta: await meta() });
  redirect(`/${lngOf(form)}`);
}

export async function registerAction(_: FormState, form: FormData): Promise<FormState> {
  const values = {
    email: str(form, "email"),
    name: str(form, "name"),
    organisationName: str(form, "organisation.name"),
    organisationType: str(form, "organisation.type"),
    organisationCountry: str(form, "organisation.country"),
    preferredLanguage: str(form, "preferredLanguage"),
  };
  const parsed = registerSchema.safeParse({
    email: values.email,
    password: str(form, "password"),
    name: values.name,
    lng: values.preferredLanguage || lngOf(form),
    organisation: { name: values.organisationName, type: values.organisationType, country: values.organisationCountry },
  });
  if (!parsed.success) return { status: "error", message: "fixErrors", fieldErrors: zodErrors(parsed.error), values };
  try {
    await registerAccount(parsed.data, await meta());
  } catch (error) {
    return toFormState(error, values);
  }
  return { status: "success", message: "checkEmail" };
}

export async function verifyEmailAction(_: FormState, form: FormData): Promise<FormState> {
  return (await verifyEmail(str(form, "token"), await meta())) ? { status: "success", message: "emailVerified" } : { status: "error", message: "invalidLink" };
}

export async function forgotPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  try {
    await requestPasswordReset(str(form, "email"), await meta());
  } catch (error) {
    return toFormState(error);
  }
  return { status: "success", message: "resetSent" };
}

export async function resetPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  try {
    const outcome = await resetPassword(str(form, "token"), str(form, "password"), await meta());
    return outcome === "ok" ? { status: "success", message: "passwordReset" } : { status: "error", message: "invalidLink" };
  } catch (error) {
    return toFormState(error);
  }
}

export async function updateProfileAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireAccess("account.manage_own");
  const values = {
    name: str(form, "name"),
    preferredLanguage: str(form, "preferredLanguage"),
    organisationName: str(form, "organisation.name"),
    organisationType: str(form, "organisation.type"),
    organisationCountry: str(form, "organisation.country"),
  };
  const parsed = profileSchema.safeParse({
    name: values.name,
    lng: values.preferredLanguage,
    organisation: { name: values.organisationName, type: values.organisationType, country: values.organisationCountry },
  });
  if (!parsed.success) return { status: "error", message: "fixErrors", fieldErrors: zodErrors(parsed.error), values };
  try {
    await updateProfile(user, parsed.data, await meta());
  } catch (error) {
    return toFormState(error, values);
  }
  return { status: "success", message: "profileSaved", values };
}

export async function changePasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireAccess("account.manage_own");
  try {
    const updated = await changePassword(user, str(form, "currentPassword"), str(form, "newPassword"), await meta());
    // Other sessions ended with the old version; this one continues on the new.
    await startSession(updated);
  } catch (error) {
    return toFormState(error);
  }
  return { status: "success", message: "passwordChanged" };
}

export async function deleteAccountAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireAccess("account.manage_own");
  if (str(form, "confirm") !== "on") return { status: "error", message: "fixErrors", fieldErrors: { confirm: "required" } };
  try {
    await deleteAccount(user, str(form, "password"), await meta());
  } catch (error) {
    return toFormState(error);
  }
  await endSession();
  redirect(`/${lngOf(form)}?deleted=1`);
}

export async function updateUserAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireAccess("users.manage");
  const id = userIdParams.safeParse({ id: str(form, "id") });
  const patch = adminUserPatchSchema.safeParse({
    roles: form.getAll("roles").map(String),
    focalPointCountry: str(form, "focalPointCountry") || null,
    active: str(form, "active") === "on",
  });
  if (!id.success) return { status: "error", message: "notAllowed" };
  if (!patch.success) return { status: "error", message: "fixErrors", fieldErrors: zodErrors(patch.error) };
  try {
    await updateUser(actor, id.data.id, patch.data, await meta());
  } catch (error) {
    return toFormState(error);
  }
  return { status: "success", message: "userSaved" };
}

export async function setFocalPointAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireAccess("focal_points.nominate");
  const country = str(form, "country");
  const id = userIdParams.safeParse({ id: str(form, "id") });
  if (!id.success) return { status: "error", message: "notAllowed" };
  try {
    await setFocalPoint(actor, id.data.id, country || null, await meta());
  } catch (error) {
    return toFormState(error);
  }
  return { status: "success", message: country ? "focalPointNominated" : "focalPointWithdrawn" };
}
