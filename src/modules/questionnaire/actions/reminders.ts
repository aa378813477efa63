"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { submitAction } from "@/lib/actions/form-action";
import { LOCALES } from "@/lib/i18n/locales";
import { requireAccess } from "@/modules/accounts/server";
import { iso2Schema, roundIdSchema } from "../schemas";
import { sendReminders } from "../server";

const lngOf = (form: FormData) => z.enum(LOCALES).catch("en").parse(form.get("lng"));
const roundOf = (form: FormData) => roundIdSchema.catch("").parse(form.get("roundId"));

const remindSchema = z
  .object({
    roundId: roundIdSchema,
    scope: z.enum(["all", "selected"], { error: "invalid_choice" }),
    countries: z.array(iso2Schema).max(250, { error: "too_many" }),
  })
  .refine((v) => v.scope === "all" || v.countries.length > 0, { path: ["countries"], error: "none_selected" });

/**
 * "Remind the countries that have not submitted" on the round's dashboard: every such country,
 * or only those ticked in its table (scope=selected). Done or refused, back to the dashboard,
 * whose address carries the report (or the refusal) so the page says it without JavaScript.
 */
export const sendRemindersAction = submitAction(
  {
    authorize: () => requireAccess("questionnaire.manage"),
    schema: remindSchema,
    input: (form) => ({
      roundId: String(form.get("roundId") ?? ""),
      scope: String(form.get("scope") ?? ""),
      countries: form.getAll("countries").filter((v): v is string => typeof v === "string"),
    }),
    refused: (r, form) => {
      const params = new URLSearchParams({ refused: r.message });
      const reason = Object.values(r.fieldErrors)[0];
      if (reason) params.set("reason", reason);
      const round = roundOf(form);
      redirect(round ? `/${lngOf(form)}/questionnaire/${round}?${params}#reminders` : `/${lngOf(form)}/questionnaire?${params}`);
    },
  },
  async ({ auth: user, input, form, meta }) => {
    const report = await sendReminders(user, input.roundId, meta, input.scope === "selected" ? input.countries : undefined);
    const params = new URLSearchParams({ reminded: report.reminded.join(","), recent: report.recentlyReminded.join(","), without: report.withoutFocalPoint.join(",") });
    redirect(`/${lngOf(form)}/questionnaire/${input.roundId}?${params}#reminders`);
  },
);
