"use server";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { invalidInput } from "@/lib/errors";
import type { FormState } from "../form-state";
import { profileSchema } from "../schemas";
import { changePassword, deleteAccount, endSession, requireAccess, startSession, updateProfile } from "../server";
import { lngOf, refusedState, str } from "./form-values";

// The signed-in person's own account: profile, password, deletion.

const ownAccount = () => requireAccess("account.manage_own");

export const updateProfileAction = formAction(
  {
    authorize: ownAccount,
    refused: refusedState,
    schema: profileSchema,
    input: (form) => ({
      name: str(form, "name"),
      lng: str(form, "preferredLanguage"),
      organisation: { name: str(form, "organisation.name"), type: str(form, "organisation.type"), country: str(form, "organisation.country") },
    }),
  },
  async ({ auth, input, meta, form }): Promise<FormState> => {
    await updateProfile(auth, input, meta);
    return { status: "success", message: "profileSaved", values: Object.fromEntries([...form].filter(([, v]) => typeof v === "string")) as Record<string, string> };
  },
);

export const changePasswordAction = formAction({ authorize: ownAccount, refused: refusedState }, async ({ auth, form, meta }): Promise<FormState> => {
  const updated = await changePassword(auth, str(form, "currentPassword"), str(form, "newPassword"), meta);
  // Other sessions ended with the old version; this one continues on the new.
  await startSession(updated);
  return { status: "success", message: "passwordChanged" };
});

export const deleteAccountAction = formAction({ authorize: ownAccount, refused: refusedState }, async ({ auth, form, meta }): Promise<FormState> => {
  if (str(form, "confirm") !== "on") throw invalidInput([{ name: "confirm", reason: "required" }]);
  await deleteAccount(auth, str(form, "password"), meta);
  await endSession();
  redirect(`/${lngOf(form)}?deleted=1`);
});
