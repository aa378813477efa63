"use server";
import { formAction } from "@/lib/actions/form-action";
import { parseOrThrow } from "@/lib/api/query";
import type { FormState } from "../form-state";
import { adminUserPatchSchema, userIdParams } from "../schemas";
import { requireAccess, setFocalPoint, updateUser } from "../server";
import { refusedState, str } from "./form-values";

// The admin's and the secretariat's forms about other people's accounts.

export const updateUserAction = formAction(
  {
    authorize: () => requireAccess("users.manage"),
    refused: refusedState,
    schema: userIdParams,
    input: (form) => ({ id: str(form, "id") }),
  },
  async ({ auth, input, form, meta }): Promise<FormState> => {
    const patch = parseOrThrow(adminUserPatchSchema, {
      roles: form.getAll("roles").map(String),
      focalPointCountry: str(form, "focalPointCountry") || null,
      active: str(form, "active") === "on",
    });
    await updateUser(auth, input.id, patch, meta);
    return { status: "success", message: "userSaved" };
  },
);

export const setFocalPointAction = formAction(
  {
    authorize: () => requireAccess("focal_points.nominate"),
    refused: refusedState,
    schema: userIdParams,
    input: (form) => ({ id: str(form, "id") }),
  },
  async ({ auth, input, form, meta }): Promise<FormState> => {
    const country = str(form, "country");
    await setFocalPoint(auth, input.id, country || null, meta);
    return { status: "success", message: country ? "focalPointNominated" : "focalPointWithdrawn" };
  },
);
