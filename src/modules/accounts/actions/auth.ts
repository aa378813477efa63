"use server";
import { redirect } from "next/navigation";
import { formAction, submitAction } from "@/lib/actions/form-action";
import { recordEvent } from "@/modules/audit/server";
import { safeLocalPath, type FormState } from "../form-state";
import { registerSchema } from "../schemas";
import { authenticate, endSession, getCurrentUser, registerAccount, requestPasswordReset, resetPassword, startSession, verifyEmail } from "../server";
import { lngOf, refusedState, str } from "./form-values";

// Signing in, registering and the emailed links: the forms a visitor uses.

export const signInAction = formAction({ refused: refusedState }, async ({ form, meta }): Promise<FormState> => {
  const email = str(form, "email");
  const result = await authenticate(email, str(form, "password"), meta);
  if (!result.ok) {
    const message = { invalid: "invalidCredentials", unverified: "unverified", inactive: "inactive", rate_limited: "rateLimited" }[result.reason];
    return { status: "error", message, values: { email } };
  }
  await startSession(result.user);
  redirect(safeLocalPath(form.get("next"), `/${lngOf(form)}/account`));
});

export const signOutAction = submitAction({ refused: (_, form) => redirect(`/${lngOf(form)}`) }, async ({ form, meta }) => {
  const user = await getCurrentUser();
  await endSession();
  if (user) await recordEvent({ actor: user, action: "auth.sign_out", outcome: "success", meta });
  redirect(`/${lngOf(form)}`);
});

export const registerAction = formAction(
  {
    refused: refusedState,
    schema: registerSchema,
    input: (form) => ({
      email: str(form, "email"),
      password: str(form, "password"),
      name: str(form, "name"),
      lng: str(form, "preferredLanguage") || lngOf(form),
      organisation: { name: str(form, "organisation.name"), type: str(form, "organisation.type"), country: str(form, "organisation.country") },
    }),
  },
  async ({ input, meta }): Promise<FormState> => {
    await registerAccount(input, meta);
    return { status: "success", message: "checkEmail" };
  },
);

export const verifyEmailAction = formAction({ refused: refusedState }, async ({ form, meta }): Promise<FormState> =>
  (await verifyEmail(str(form, "token"), meta)) ? { status: "success", message: "emailVerified" } : { status: "error", message: "invalidLink" },
);

export const forgotPasswordAction = formAction({ refused: refusedState }, async ({ form, meta }): Promise<FormState> => {
  await requestPasswordReset(str(form, "email"), meta);
  return { status: "success", message: "resetSent" };
});

export const resetPasswordAction = formAction({ refused: refusedState }, async ({ form, meta }): Promise<FormState> => {
  const outcome = await resetPassword(str(form, "token"), str(form, "password"), meta);
  return outcome === "ok" ? { status: "success", message: "passwordReset" } : { status: "error", message: "invalidLink" };
});
