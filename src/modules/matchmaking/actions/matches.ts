"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { submitAction } from "@/lib/actions/form-action";
import { LOCALES } from "@/lib/i18n/locales";
import { requireAccess } from "@/modules/accounts/server";
import { formToMatchInput, PARTY_ROWS } from "../match-form";
import { matchInputSchema } from "../schemas";
import { recordMatch } from "../server";

const lngOf = (form: FormData) => z.enum(LOCALES).catch("en").parse(form.get("lng"));

/** The fields of the form, so a refused form comes back with everything typed (no JavaScript needed). */
function echo(form: FormData): URLSearchParams {
  const out = new URLSearchParams();
  const names = ["supportType", "startsOn", "status", "isPublic", "activityIds", ...LOCALES.flatMap((l) => [`title_${l}`, `outcome_${l}`])];
  for (let i = 0; i < PARTY_ROWS; i++) names.push(...["role", "listing", "consultant", "organisation", "type", "country"].map((f) => `party${i}_${f}`));
  for (const n of names) {
    const v = form.get(n);
    if (typeof v === "string" && v !== "") out.set(n, v);
  }
  return out;
}

/** The secretariat records a match; refused, back to the form with the first field named and every value kept. */
export const recordMatchAction = submitAction(
  {
    authorize: () => requireAccess("matchmaking.matches.manage"),
    schema: matchInputSchema,
    input: (form) => formToMatchInput(new URLSearchParams([...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string"))),
    refused: (r, form) => {
      const params = echo(form);
      params.set("refused", r.message);
      const [field, reason] = Object.entries(r.fieldErrors)[0] ?? [];
      if (field) params.set("field", field);
      if (reason) params.set("reason", reason);
      redirect(`/${lngOf(form)}/matchmaking/matches/new?${params}`);
    },
  },
  async ({ auth: user, input, form, meta }) => {
    const saved = await recordMatch(user, input, meta);
    redirect(`/${lngOf(form)}/matchmaking/matches/${saved.id}?recorded=1`);
  },
);
