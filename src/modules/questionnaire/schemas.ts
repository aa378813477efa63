import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

/** Field errors are codes, translated in locales/<lng>/questionnaire.json (errors.*). */
export const roundIdSchema = z.uuid({ error: "invalid_id" });
export const iso2Schema = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, { error: "invalid_country" }));

export const responseParams = z.object({ id: roundIdSchema, iso2: iso2Schema });

/**
 * A save: the answers as a whole, based on the version read (0: the country has no response
 * yet); the version may come in `If-Match` instead (the route reads it).
 */
export const responsePutSchema = z
  .strictObject({
    version: z.int({ error: "invalid_version" }).min(0, { error: "invalid_version" }).optional(),
    answers: z.record(z.string(), z.unknown(), { error: "invalid_answers" }),
  })
  .meta({ id: "QuestionnaireResponseSave" });
export type ResponsePut = z.infer<typeof responsePutSchema> & { version: number };

export const responseTransitionSchema = z
  .strictObject({
    to: z.enum(["submitted", "returned", "accepted"], { error: "invalid_choice" }),
    version: z.int({ error: "invalid_version" }).min(1, { error: "invalid_version" }),
    comment: z.string().trim().max(4000, { error: "too_long" }).default(""),
  })
  .refine((b) => b.to !== "returned" || b.comment !== "", { path: ["comment"], error: "comment_required" })
  .meta({ id: "QuestionnaireResponseTransition" });
export type ResponseTransitionBody = z.infer<typeof responseTransitionSchema>;

export const exportQuerySchema = z.object({
  format: z.enum(["csv", "xlsx"], { error: "invalid_choice" }).default("csv"),
  lng: z.enum(LOCALES, { error: "invalid_choice" }).default("en"),
});

export const lngQuerySchema = z.object({ lng: z.enum(LOCALES, { error: "invalid_choice" }).default("en") });

export const remindersBodySchema = z
  .strictObject({ countries: z.array(iso2Schema).max(250, { error: "too_many" }).optional() })
  .meta({ id: "QuestionnaireReminders" });
