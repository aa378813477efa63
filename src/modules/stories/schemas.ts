import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { line, searchQuery, text } from "@/lib/validation/text";
import { IP_AREAS, MODALITIES } from "@/modules/activities/constants";
import { THEMES } from "@/modules/content/constants";
import { COUNTRY_CODES } from "@/modules/countries/constants";
import { M49_AREA_CODES } from "@/modules/countries/schemas";
import { MAX_PERIOD_YEARS, STORY_DEV_STATUSES, STORY_ORIGINS, STORY_STATUSES } from "./constants";

/**
 * Validation messages are stable codes, as in the other modules: the API returns them as the
 * `reason` of invalidParams; forms translate them (stories:errors.*).
 */
type Issue = { input?: unknown };
const missingOr = (code: string) => ({ error: (issue: Issue) => (issue.input === undefined ? "required" : code) });
const choice = missingOr("invalid_choice");
const list = <T extends z.ZodType>(item: T) => z.array(item, missingOr("invalid"));
const unique = <T>(items: T[]) => new Set(items).size === items.length;
/**
 * An object of exactly these fields: any other (the derived ones: modality, places, status…) is
 * refused by its own name (`modality: unknown_field`), alongside the other fields' problems.
 */
const exactly = <S extends z.ZodObject>(schema: S) =>
  z.preprocess((v, ctx) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      for (const k of Object.keys(v)) if (!(k in schema.shape)) ctx.addIssue({ code: "custom", path: [k], message: "unknown_field", input: (v as Record<string, unknown>)[k] });
    }
    return v;
  }, schema);
const iso2 = z.enum(COUNTRY_CODES, missingOr("unknown_country"));
const queryInteger = (min: number, max: number) =>
  z.coerce.number(missingOr("invalid_number")).int({ error: "invalid_number" }).min(min, { error: "too_small" }).max(max, { error: "too_large" });
const year = z.number(missingOr("invalid_number")).int({ error: "invalid_number" }).min(1950, { error: "too_small" }).max(2100, { error: "too_large" });

/** A parameter that may be repeated (?theme=a&theme=b): OR within it, AND across parameters. */
const many = <T extends z.ZodType>(item: T, description: string) =>
  z
    .preprocess((v) => (v === undefined || v === "" ? undefined : [v].flat().filter((x) => x !== "")), list(item).max(50, { error: "too_many" }).optional())
    .meta({ description: `${description} Repeat the parameter for several values.` });

export const storyIdSchema = z.uuid({ error: "invalid_id" });

/** Where the previous page ended: n newest published first, r relevance (then newest). */
export type StoryCursor = { s: "n"; t: string; id: string } | { s: "r"; r: number; t: string; id: string };

export const storyCursorSchema = z
  .string({ error: "invalid_cursor" })
  .max(300, { error: "invalid_cursor" })
  .transform((raw, ctx): StoryCursor => {
    try {
      const v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Record<string, unknown>;
      const time = typeof v.t === "string" && z.iso.datetime({ offset: true }).safeParse(v.t).success;
      if (z.uuid().safeParse(v.id).success && time) {
        if (v.s === "n") return { s: "n", t: v.t as string, id: v.id as string };
        if (v.s === "r" && typeof v.r === "number" && Number.isFinite(v.r)) return { s: "r", r: v.r, t: v.t as string, id: v.id as string };
      }
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({ code: "custom", message: "invalid_cursor" });
    return z.NEVER;
  });

export const encodeStoryCursor = (c: StoryCursor) => Buffer.from(JSON.stringify(c)).toString("base64url");

export const storiesQuerySchema = z.object({
  q: searchQuery({ max: 500 }).optional().meta({ description: "Full text over titles, summaries, bodies, results and partners in every language" }),
  theme: many(z.enum(THEMES, choice), "South-South theme."),
  ipArea: many(z.enum(IP_AREAS, choice), "IP area (the activities' list)."),
  country: many(iso2, "A country that took part or a partner country, ISO alpha-2."),
  region: many(z.enum(M49_AREA_CODES, choice), "M49 region, sub-region or intermediate region of the story's countries or partner countries."),
  status: many(z.enum(STORY_DEV_STATUSES, choice), "Development status of one of the story's countries: ldc or developing."),
  modality: many(z.enum(MODALITIES, choice), "Cooperation modality, computed by IP-TAD's rule."),
  year: many(queryInteger(1950, 2100), "A year of the story's period (start to end); a story without a period counts in its publication year."),
  cursor: z.preprocess((v) => (v === "" ? undefined : v), storyCursorSchema.optional()).meta({ description: "nextCursor of the previous page" }),
  limit: queryInteger(1, 100).default(20),
  lng: z.enum(LOCALES, choice).default("en").meta({ description: "Language of the texts (with the fallback of docs/STORIES.md) and of the facet labels" }),
});
export type StoriesQuery = z.output<typeof storiesQuerySchema>;

export const STORY_FACETS = ["theme", "ipArea", "country", "region", "status", "modality", "year"] as const;
export type StoryFacet = (typeof STORY_FACETS)[number];

const facetValue = z.object({ value: z.string(), label: z.string(), count: z.number().int() }).meta({ id: "StoryFacetValue" });

const localizedMap = (max: number) => z.partialRecord(z.enum(LOCALES, { error: "invalid_choice" }), text({ max }), missingOr("invalid"));

/** The fields of a story as the secretariat writes them; modality, places and the search text are derived, never typed. */
export const storyFields = {
  sourceLocale: z.enum(LOCALES, choice).meta({ description: "The language the story was written in: its texts must be complete there" }),
  completeLocales: list(z.enum(LOCALES, choice)).refine(unique, { error: "duplicate" }).default([]).meta({
    description: "Languages the secretariat marked complete (title, summary and body translated); the source language always counts as complete",
  }),
  title: localizedMap(200),
  summary: localizedMap(1000),
  body: localizedMap(20000).meta({ description: "Markdown, per language" }),
  results: localizedMap(5000).default({}).meta({ description: "Markdown, per language" }),
  themes: list(z.enum(THEMES, choice)).max(THEMES.length, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]),
  ipAreas: list(z.enum(IP_AREAS, choice)).max(IP_AREAS.length, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]),
  countries: list(iso2).max(60, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]).meta({ description: "The countries that benefited and took part" }),
  partnerCountries: list(iso2).max(60, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]).meta({ description: "The countries that shared their experience (the providers)" }),
  partners: list(line({ min: 1, max: 200 })).max(30, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]).meta({ description: "Organisation names" }),
  igoSupport: z.boolean({ error: "invalid" }).default(false).meta({ description: "An intergovernmental organisation funded or supported it (makes it triangular)" }),
  donorCountry: iso2.nullable().default(null).meta({ description: "A country that funded it (a developed one makes it triangular)" }),
  periodStart: year.nullable().default(null),
  periodEnd: year.nullable().default(null),
  activityIds: list(z.uuid({ error: "invalid_id" })).max(50, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]),
  matchIds: list(z.uuid({ error: "invalid_id" })).max(50, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]),
  consultantIds: list(z.uuid({ error: "invalid_id" })).max(50, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]),
};

type StoryFieldsOut = z.output<z.ZodObject<typeof storyFields>>;
const filled = (map: Record<string, string | undefined>, l: string) => Boolean(map[l]?.trim());

/** The rules across fields: complete texts in the source language and in every language marked complete, a sane period. */
export function storyRules(v: StoryFieldsOut, ctx: z.RefinementCtx) {
  for (const field of ["title", "summary", "body"] as const) {
    if (!filled(v[field], v.sourceLocale)) ctx.addIssue({ code: "custom", path: [field, v.sourceLocale], message: "source_text_required" });
  }
  for (const [l, s] of Object.entries(v.title)) if (s && /[\r\n]/.test(s)) ctx.addIssue({ code: "custom", path: ["title", l], message: "one_line" });
  v.completeLocales.forEach((l, i) => {
    if (l !== v.sourceLocale && !(["title", "summary", "body"] as const).every((f) => filled(v[f], l))) {
      ctx.addIssue({ code: "custom", path: ["completeLocales", i], message: "incomplete_translation" });
    }
  });
  if (v.periodStart !== null && v.periodEnd !== null) {
    if (v.periodEnd < v.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "before_start" });
    else if (v.periodEnd - v.periodStart > MAX_PERIOD_YEARS) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "period_too_long" });
  }
}

export const storyInputSchema = exactly(z.object(storyFields, missingOr("invalid"))).superRefine(storyRules).meta({ id: "StoryInput" });
export type StoryInput = StoryFieldsOut;

const version = z.coerce.number(missingOr("invalid_number")).int({ error: "invalid_number" }).min(1, { error: "too_small" });

/** PATCH: any field with the version read; merged with the stored story, then checked whole. */
export const storyPatchSchema = exactly(z.object({ ...Object.fromEntries(Object.entries(storyFields).map(([k, s]) => [k, (s as z.ZodType).optional()])), version }, missingOr("invalid")))
  .meta({ id: "StoryPatch" }) as unknown as z.ZodType<Partial<StoryInput> & { version: number }>;
export type StoryPatch = Partial<StoryInput> & { version: number };

export const storyTransitionBodySchema = z.object({ to: z.enum(STORY_STATUSES, choice), version }, missingOr("invalid")).strict().meta({ id: "StoryTransition" });
export type StoryTransitionBody = z.output<typeof storyTransitionBodySchema>;

export const fromResponseBodySchema = z
  .object({ responseId: z.uuid({ error: "invalid_id" }), index: z.number(missingOr("invalid_number")).int({ error: "invalid_number" }).min(0, { error: "too_small" }).max(99, { error: "too_large" }) }, missingOr("invalid"))
  .strict()
  .meta({ id: "StoryFromResponse" });
export const fromMatchBodySchema = z.object({ matchId: z.uuid({ error: "invalid_id" }) }, missingOr("invalid")).strict().meta({ id: "StoryFromMatch" });

/** An image's alternative text per language (required in one at least); sent as the `alt` part, JSON. */
export const imageAltSchema = localizedMap(300)
  .refine((v) => Object.values(v).some((s) => s && s.trim().length > 0), { message: "required_in_one_language" })
  .refine((v) => Object.values(v).every((s) => !s || !/[\r\n]/.test(s)), { message: "one_line" });

const imageSchema = z
  .object({
    id: z.string(),
    url: z.string().meta({ description: "Where the image is served (its bytes, with nosniff)" }),
    mimeType: z.string(),
    alt: z.string(),
    altLocale: z.string(),
    position: z.number().int(),
  })
  .meta({ id: "StoryImage" });

const summaryFields = {
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  locale: z.string().meta({ description: "The language the texts are shown in" }),
  fallback: z.boolean().meta({ description: "True when the texts are not in the reader's language (docs/STORIES.md, \"Translations\")" }),
  availableLocales: z.array(z.string()).meta({ description: "Languages the story can be read in completely (the source language first)" }),
  themes: z.array(z.enum(THEMES)),
  ipAreas: z.array(z.enum(IP_AREAS)),
  countries: z.array(z.string()),
  partnerCountries: z.array(z.string()),
  modality: z.enum(MODALITIES),
  periodStart: z.number().int().nullable(),
  periodEnd: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  image: imageSchema.nullable().meta({ description: "The first image, if any" }),
};

export const storySummarySchema = z.object(summaryFields).meta({ id: "StorySummary" });
export type StorySummary = z.output<typeof storySummarySchema>;

export const storyListSchema = z
  .object({
    items: z.array(storySummarySchema),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
    facets: z.object(Object.fromEntries(STORY_FACETS.map((f) => [f, z.array(facetValue)])) as Record<StoryFacet, z.ZodArray<typeof facetValue>>),
  })
  .meta({ id: "StoryList" });
export type StoryList = z.output<typeof storyListSchema>;

/** A story as a reader sees it (texts in one language, Markdown rendered and sanitised); the secretariat also gets the editing fields. */
export const storyDetailSchema = z
  .object({
    ...summaryFields,
    status: z.enum(STORY_STATUSES),
    origin: z.enum(STORY_ORIGINS),
    sourceLocale: z.string(),
    bodyHtml: z.string().meta({ description: "The body rendered from Markdown and sanitised" }),
    resultsHtml: z.string(),
    partners: z.array(z.string()),
    igoSupport: z.boolean(),
    donorCountry: z.string().nullable(),
    placeRegions: z.array(z.string()),
    placeStatuses: z.array(z.string()),
    images: z.array(imageSchema),
    activityIds: z.array(z.string()),
    matchIds: z.array(z.string()),
    consultantIds: z.array(z.string()),
    updatedAt: z.string(),
    /** Only for the secretariat: what the editing form needs. */
    manage: z
      .object({
        version: z.number().int(),
        transitions: z.array(z.enum(STORY_STATUSES)),
        input: storyInputSchema,
        responseId: z.string().nullable(),
        initiativeIndex: z.number().int().nullable(),
        matchId: z.string().nullable(),
        createdAt: z.string(),
      })
      .nullable(),
  })
  .meta({ id: "StoryDetail" });
export type StoryDetail = z.output<typeof storyDetailSchema>;

export const storySavedSchema = z.object({ id: z.uuid(), version: z.number().int(), status: z.enum(STORY_STATUSES) }).meta({ id: "StorySaved" });
