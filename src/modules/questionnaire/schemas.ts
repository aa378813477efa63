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

// Outputs, for the OpenAPI document (the server's types are the source; these describe them).
const progress = z.enum(["not_started", "draft", "submitted", "returned", "accepted"]);
export const roundSummarySchema = z
  .object({ id: z.uuid(), name: z.string(), versionNumber: z.int(), opensOn: z.iso.date(), deadline: z.iso.date(), open: z.boolean() })
  .meta({ id: "QuestionnaireRound" });
export const roundDetailSchema = roundSummarySchema
  .extend({
    versionId: z.uuid(),
    definition: z.looseObject({}).meta({ description: "The version's definition: title, sections, questions (types, labels in ar zh en fr ru es pt, help, required, showIf, options, group items); docs/QUESTIONNAIRE.md" }),
  })
  .meta({ id: "QuestionnaireRoundDetail" });
export const responseViewSchema = z
  .object({
    id: z.uuid().nullable(),
    roundId: z.uuid(),
    country: z.string(),
    status: progress,
    version: z.int().meta({ description: "0 while the country has not started; send it back with a save (or as If-Match)" }),
    answers: z.record(z.string(), z.unknown()).meta({ description: "By question id; a group is an array of items (docs/QUESTIONNAIRE.md, \"Answers\")" }),
    reference: z.string().nullable(),
    reviewComment: z.string().nullable(),
    submittedAt: z.iso.datetime().nullable(),
    acceptedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: "QuestionnaireResponse" });
export const revisionSchema = z.object({ version: z.int(), by: z.string(), at: z.iso.datetime(), fields: z.array(z.string()) }).meta({ id: "QuestionnaireRevision" });
const counts = z.record(progress, z.int());
export const dashboardSchema = z
  .object({
    round: roundSummarySchema,
    countries: z.array(
      z.object({ iso2: z.string(), m49: z.string(), name: z.string(), region: z.string(), regionName: z.string(), ldc: z.boolean(), progress, reference: z.string().nullable(), submittedAt: z.string().nullable(), updatedAt: z.string().nullable(), lastReminderAt: z.string().nullable(), focalPoints: z.int() }),
    ),
    totals: counts,
    byRegion: z.array(z.object({ region: z.string(), name: z.string(), counts })),
    byStatus: z.object({ ldc: counts, developing: counts }),
  })
  .meta({ id: "QuestionnaireDashboard" });
export const reminderReportSchema = z.object({ reminded: z.array(z.string()), recentlyReminded: z.array(z.string()), withoutFocalPoint: z.array(z.string()) }).meta({ id: "QuestionnaireReminderReport" });
