"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { submitAction } from "@/lib/actions/form-action";
import { invalidInput } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { requireAccess } from "@/modules/accounts/server";
import { savedSearchInputSchema } from "../schemas";
import { deleteSavedSearch, saveSearch } from "../server";

// Saved listing searches and their digests (docs/MATCHMAKING.md, "Saved searches").

const own = () => requireAccess("account.manage_own");
const lngOf = (form: FormData) => z.enum(LOCALES).catch("en").parse(form.get("lng"));
const queryOf = (form: FormData) => String(form.get("query") ?? "").replace(/^\?/, "");

/** Saves the search the page shows (its query string) for a daily or weekly digest; back to the same search. */
export const saveSearchAction = submitAction(
  {
    authorize: own,
    schema: savedSearchInputSchema,
    input: (form) => ({ query: queryOf(form), frequency: String(form.get("frequency") ?? "") }),
    refused: (r, form) => {
      const field = Object.keys(r.fieldErrors)[0];
      const params = new URLSearchParams(queryOf(form));
      params.set("savedRefused", r.message);
      if (field) params.set("savedField", field.split(".")[0]!);
      redirect(`/${lngOf(form)}/matchmaking?${params}`);
    },
  },
  async ({ auth: user, input, form, meta }) => {
    await saveSearch(user, input.query, input.frequency, meta);
    const params = new URLSearchParams(input.query);
    params.set("saved", input.frequency);
    redirect(`/${lngOf(form)}/matchmaking?${params}`);
  },
);

/** Deletes one of one's saved searches (from "my listings"). */
export const deleteSavedSearchAction = submitAction(
  { authorize: own, refused: (r, form) => redirect(`/${lngOf(form)}/matchmaking/mine?refused=${r.message}`) },
  async ({ auth: user, form, meta }) => {
    const id = z.uuid().safeParse(form.get("id"));
    if (!id.success) throw invalidInput([{ name: "id", reason: "invalid_id" }]);
    await deleteSavedSearch(user, id.data, meta);
    redirect(`/${lngOf(form)}/matchmaking/mine?done=searchDeleted#saved-searches`);
  },
);
