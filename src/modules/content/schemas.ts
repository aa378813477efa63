import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { line, searchQuery, text } from "@/lib/validation/text";
import { COUNTRY_CODES } from "@/modules/countries/constants";
import { CONTENT_KINDS, DATE_PRECISIONS, DOCUMENT_TYPES, PAGE_TEMPLATES, THEMES, type ContentKind } from "./constants";

/**
 * Validation messages are stable codes, as in the other modules: the API returns them as the
 * `reason` of invalidParams; the editor translates them (content:errors.*).
 */
type Issue = { input?: unknown };
const missingOr = (code: string) => ({ error: (issue: Issue) => (issue.input === undefined ? "required" : code) });
const choice = missingOr("invalid_choice");
const unique = <T>(items: T[]) => new Set(items).size === items.length;

/** A slug: lowercase letters of any script, digits, words joined by single hyphens. */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;
const slug = z.string({ error: "required" }).trim().max(120, { error: "too_long" }).refine((s) => s === "" || SLUG_PATTERN.test(s), { error: "invalid_slug" });

const localized = <T extends z.ZodType<string>>(value: T) => z.partialRecord(z.enum(LOCALES, choice), value, missingOr("invalid")).default({});
const isoDay = z.iso.date({ error: "invalid_date" });
const isoInstant = z.iso.datetime({ offset: true, error: "invalid_datetime" });
const timeZone = z.string({ error: "required" }).refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, { error: "invalid_time_zone" });
const language = z.string().regex(/^[a-z]{2,3}$/, { error: "invalid_language" });
const httpsUrl = z.url({ protocol: /^https$/, error: "invalid_url" }).max(2000, { error: "too_long" });

/**
 * A content record's working copy, the same for every kind (fields of other kinds stay
 * empty): what the editor saves, what every revision keeps, what a publication copies to
 * the readers. Per-locale texts are maps; `sourceLocale` is the language the others are
 * translated from and must be complete.
 */
export const contentCopySchema = z
  .object(
    {
      kind: z.enum(CONTENT_KINDS, choice),
      sourceLocale: z.enum(LOCALES, choice),
      slug: localized(slug),
      title: localized(line({ max: 200 })),
      summary: localized(text({ max: 400 })),
      body: localized(text({ max: 40000 })),
      theme: z.enum(THEMES, choice).nullable().default(null),
      order: z.number({ error: "invalid_number" }).int({ error: "invalid_number" }).min(0, { error: "too_small" }).max(10000, { error: "too_large" }).default(0),
      template: z.enum(PAGE_TEMPLATES, choice).nullable().default(null),
      date: isoDay.nullable().default(null),
      datePrecision: z.enum(DATE_PRECISIONS, choice).nullable().default(null),
      startsAt: isoInstant.nullable().default(null),
      endsAt: isoInstant.nullable().default(null),
      timeZone: timeZone.nullable().default(null),
      place: localized(line({ max: 200 })),
      countryCode: z.enum(COUNTRY_CODES, missingOr("unknown_country")).nullable().default(null),
      online: z.boolean({ error: "invalid" }).default(false),
      onlineUrl: httpsUrl.nullable().default(null),
      languages: z.array(language).max(20, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]),
      documentType: z.enum(DOCUMENT_TYPES, choice).nullable().default(null),
      symbol: line({ max: 60 }).nullable().default(null),
      url: httpsUrl.nullable().default(null),
      fileId: z.uuid({ error: "invalid_id" }).nullable().default(null),
      documentIds: z.array(z.uuid({ error: "invalid_id" })).max(30, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]),
    },
    missingOr("invalid"),
  )
  .superRefine((v, ctx) => {
    const need = (path: string, ok: boolean, message = "required") => ok || ctx.addIssue({ code: "custom", path: path.split("."), message });
    for (const field of ["title", "summary", "body"] as const) need(`${field}.${v.sourceLocale}`, Boolean(v[field][v.sourceLocale]?.trim()), "source_text_required");
    if (v.kind === "page") need(`slug.${v.sourceLocale}`, Boolean(v.slug[v.sourceLocale]), "source_text_required");
    for (const [l, t] of Object.entries(v.title)) if (t && /[\r\n]/.test(t)) ctx.addIssue({ code: "custom", path: ["title", l], message: "one_line" });
    // Every locale with any text must have a title: a reader is never shown a body without one.
    for (const l of LOCALES) {
      const any = Boolean(v.summary[l]?.trim() || v.body[l]?.trim());
      if (any && !v.title[l]?.trim()) ctx.addIssue({ code: "custom", path: ["title", l], message: "required" });
    }
    if (v.kind === "page") need("template", v.template !== null);
    if (v.kind === "milestone") {
      need("date", v.date !== null);
      need("datePrecision", v.datePrecision !== null);
    }
    if (v.kind === "event") {
      need("startsAt", v.startsAt !== null);
      need("endsAt", v.endsAt !== null);
      need("timeZone", v.timeZone !== null);
      if (v.startsAt && v.endsAt && Date.parse(v.endsAt) < Date.parse(v.startsAt)) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "before_start" });
      if (!v.online) need(`place.${v.sourceLocale}`, Boolean(v.place[v.sourceLocale]?.trim()));
    }
    if (v.kind === "document") {
      need("documentType", v.documentType !== null);
      need("date", v.date !== null);
      need("url", v.url !== null || v.fileId !== null, "file_or_url_required");
    }
  })
  .meta({ id: "ContentCopy" });

export type ContentCopy = z.output<typeof contentCopySchema>;
export type LocaleMap = Partial<Record<Locale, string>>;

export const contentIdSchema = z.uuid({ error: "invalid_id" });
export const versionSchema = z.coerce.number(missingOr("invalid_number")).int({ error: "invalid_number" }).min(1, { error: "too_small" });

/** A transition of the state machine (state-machine.ts), with the version read. */
export const contentTransitionSchema = z
  .object({
    to: z.enum(["publish", "unpublish", "schedule", "cancel_schedule"], choice),
    version: versionSchema,
    /** For `schedule`: when (in the future). */
    publishAt: isoInstant.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.to === "schedule" && !v.publishAt) ctx.addIssue({ code: "custom", path: ["publishAt"], message: "required" });
  })
  .meta({ id: "ContentTransition" });
export type ContentTransition = z.output<typeof contentTransitionSchema>;

const lngParam = z.enum(LOCALES, choice).default("en").meta({ description: "Language of the texts (with the fallback of docs/CONTENT.md)" });

export const pagesQuerySchema = z.object({ lng: lngParam });
export const pageQuerySchema = z.object({ lng: lngParam });

/** Events between two days (inclusive, in UTC); without them, every published event. */
export const eventsQuerySchema = z
  .object({
    from: isoDay.optional().meta({ description: "First day (YYYY-MM-DD), inclusive: events that end on or after it" }),
    to: isoDay.optional().meta({ description: "Last day (YYYY-MM-DD), inclusive: events that start on or before it" }),
    q: searchQuery({ max: 200 }).optional(),
    theme: z.enum(THEMES, choice).optional(),
    lng: lngParam,
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "before_start" });
  });
export type EventsQuery = z.output<typeof eventsQuerySchema>;

export const documentsQuerySchema = z.object({
  q: searchQuery({ max: 200 }).optional(),
  type: z.enum(DOCUMENT_TYPES, choice).optional(),
  theme: z.enum(THEMES, choice).optional(),
  language: language.optional(),
  year: z.coerce.number({ error: "invalid_number" }).int({ error: "invalid_number" }).min(1900, { error: "too_small" }).max(2100, { error: "too_large" }).optional(),
  lng: lngParam,
});
export type DocumentsQuery = z.output<typeof documentsQuerySchema>;

/** The kinds the editor's list can show. */
export const manageQuerySchema = z.object({ kind: z.enum(CONTENT_KINDS, choice).optional() });

export const kindOf = (k: string): ContentKind | null => ((CONTENT_KINDS as readonly string[]).includes(k) ? (k as ContentKind) : null);

/** PUT of a working copy: the whole copy with the version read. */
export const contentSaveSchema = z.object({ copy: contentCopySchema, version: versionSchema }).meta({ id: "ContentSave" });
export const contentRestoreSchema = z.object({ revision: z.number({ error: "invalid_number" }).int({ error: "invalid_number" }).min(1, { error: "too_small" }), version: versionSchema }).meta({ id: "ContentRestore" });
