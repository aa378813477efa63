import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { line, searchQuery, text } from "@/lib/validation/text";
import { IP_AREAS } from "@/modules/activities/constants";
import { COUNTRY_CODES } from "@/modules/countries/constants";
import { M49_AREA_CODES } from "@/modules/countries/schemas";
import {
  ASSIGNMENT_ROLES,
  AVAILABILITIES,
  CONSULTANT_SORTS,
  CONSULTANT_STATUSES,
  GENDERS,
  LANGUAGE_LEVELS,
  MAX_SKILLS,
  NATIONALITY_STATUS_FILTERS,
  SECTORS,
  SKILLS,
} from "./constants";

/**
 * Validation messages are stable codes, as in accounts and activities: the API returns them as
 * the `reason` of invalidParams; forms translate them (consultants:errors.*).
 */
type Issue = { input?: unknown };
const missingOr = (code: string) => ({ error: (issue: Issue) => (issue.input === undefined ? "required" : code) });
const choice = missingOr("invalid_choice");
const queryInteger = (min: number, max: number) =>
  z.coerce.number(missingOr("invalid_number")).int({ error: "invalid_number" }).min(min, { error: "too_small" }).max(max, { error: "too_large" });
const list = <T extends z.ZodType>(item: T) => z.array(item, missingOr("invalid"));

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
/** An ISO 639 code (639-1, else 639-3) that CLDR knows: `sw`, `am`, `quz`. */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2,3}$/.test(code)) return false;
  try {
    return languageNames.of(code) !== undefined;
  } catch {
    return false;
  }
}
const languageCode = z.string(missingOr("invalid_language")).refine(isLanguageCode, { error: "invalid_language" });

/** A parameter that may be repeated (?skill=a&skill=b): OR within it, AND across parameters. */
const many = <T extends z.ZodType>(item: T, description: string) =>
  z
    .preprocess((v) => (v === undefined || v === "" ? undefined : [v].flat().filter((x) => x !== "")), list(item).max(50, { error: "too_many" }).optional())
    .meta({ description: `${description} Repeat the parameter for several values.` });

/** A profile's id, as a URL carries it: a UUID, or the record cannot exist. */
export const consultantIdSchema = z.uuid({ error: "invalid_id" });

/** Places a consultant may have served in: a country (ISO alpha-2) or an M49 area. */
export const SERVED_PLACES = [...COUNTRY_CODES, ...M49_AREA_CODES] as [string, ...string[]];

/**
 * Where the previous page ended, in the order it was read in: `s` is that order (r: rank,
 * a: most assignments, c: most recently confirmed) and a cursor keeps it.
 */
export type ConsultantCursor =
  | { s: "r"; r: number; n: number; id: string }
  | { s: "a"; n: number; id: string }
  | { s: "c"; t: string; id: string };

export const cursorSchema = z
  .string({ error: "invalid_cursor" })
  .max(300, { error: "invalid_cursor" })
  .transform((raw, ctx): ConsultantCursor => {
    try {
      const v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Record<string, unknown>;
      const id = z.uuid().safeParse(v.id);
      if (id.success) {
        const int = (x: unknown) => typeof x === "number" && Number.isInteger(x) && x >= 0;
        if (v.s === "r" && typeof v.r === "number" && Number.isFinite(v.r) && int(v.n)) return { s: "r", r: v.r, n: v.n as number, id: id.data };
        if (v.s === "a" && int(v.n)) return { s: "a", n: v.n as number, id: id.data };
        if (v.s === "c" && typeof v.t === "string" && z.iso.datetime().safeParse(v.t).success) return { s: "c", t: v.t, id: id.data };
      }
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({ code: "custom", message: "invalid_cursor" });
    return z.NEVER;
  });

export function encodeCursor(cursor: ConsultantCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

const flag = (description: string) =>
  z
    .enum(["true", "false"], choice)
    .default("false")
    .transform((v) => v === "true")
    .meta({ description });

export const consultantsQuerySchema = z.object({
  q: searchQuery({ max: 500 }).optional().meta({
    description: "Full text over names (as written and transliterated), organisation, position, skills and the bio in every language",
  }),
  ipArea: many(z.enum(IP_AREAS, choice), "IP area (the activities' list)."),
  skill: many(z.enum(SKILLS, choice), "IP service offered."),
  language: many(languageCode, "Language spoken at any level (ISO 639)."),
  nationality: many(z.enum(COUNTRY_CODES, { error: "unknown_country" }), "Nationality (ISO alpha-2)."),
  region: many(z.enum(M49_AREA_CODES, choice), "M49 region, sub-region or intermediate region of a nationality."),
  status: many(z.enum(NATIONALITY_STATUS_FILTERS, choice), "Development status of a nationality: ldc or developing."),
  availability: many(z.enum(AVAILABILITIES, choice), "Availability (unavailable until a past day counts as available)."),
  servedIn: many(z.enum(SERVED_PLACES, { error: "unknown_place" }), "Has served (an assignment to an activity benefiting) a country (ISO alpha-2) or M49 area."),
  sort: z.enum(CONSULTANT_SORTS, choice).default("relevance").meta({
    description: "relevance: ranked for selective text queries, else most assignments first; assignments; confirmed: most recently confirmed first",
  }),
  includeStale: flag("true: also profiles not confirmed for 24 months (they carry confirmedAt and stale: true)"),
  // An empty cursor (a form's hidden field on the first page) is no cursor.
  cursor: z.preprocess((v) => (v === "" ? undefined : v), cursorSchema.optional()).meta({ description: "nextCursor of the previous page" }),
  limit: queryInteger(1, 100).default(20),
  lng: z.enum(LOCALES, choice).default("en").meta({ description: "Language of bios and facet labels" }),
});
export type ConsultantsQuery = z.output<typeof consultantsQuerySchema>;

export const FACETS = ["ipArea", "skill", "language", "nationality", "region", "status", "availability", "servedIn"] as const;
export type FacetName = (typeof FACETS)[number];

const facetValue = z.object({ value: z.string(), label: z.string(), count: z.number().int() }).meta({ id: "ConsultantFacetValue" });
const languageSchema = z.object({ code: z.string(), level: z.enum(LANGUAGE_LEVELS) }).meta({ id: "ConsultantLanguage" });

/** What anyone may see of an approved profile. */
const publicFields = {
  id: z.string(),
  fullName: z.string(),
  latinName: z.string().nullable(),
  nationalities: z.array(z.string()),
  residenceCountry: z.string(),
  organisation: z.string(),
  position: z.string(),
  ipAreas: z.array(z.enum(IP_AREAS)),
  skills: z.array(z.enum(SKILLS)),
  sectors: z.array(z.enum(SECTORS)),
  yearsExperience: z.number().int(),
  languages: z.array(languageSchema),
  bio: z.string(),
  bioLocale: z.string().meta({ description: "Language the bio is shown in (differs from lng when not written in it)" }),
  availability: z.enum(AVAILABILITIES).meta({ description: "As of today: unavailable until a past day is available" }),
  unavailableUntil: z.string().nullable(),
  travel: z.boolean(),
  remote: z.boolean(),
  assignments: z.number().int(),
  countriesServed: z.number().int(),
  southSouthShare: z.number().nullable().meta({ description: "Share (0–1, two decimals) of the assignments on South-South or triangular activities; null without assignments" }),
  confirmedAt: z.string().meta({ description: "When the consultant last confirmed the profile (ISO 8601)" }),
  stale: z.boolean().meta({ description: "Not confirmed for 24 months: pages mark it \"not confirmed since …\"" }),
  hasPhoto: z.boolean(),
};

export const consultantSummarySchema = z.object(publicFields).meta({ id: "ConsultantSummary" });
export type ConsultantSummary = z.output<typeof consultantSummarySchema>;

export const consultantListSchema = z
  .object({
    items: z.array(consultantSummarySchema),
    total: z.number().int(),
    approximate: z.boolean().meta({
      description: "True when `total` and the facet counts are estimates (two significant digits) from a fixed sample of profiles; exact for small result sets",
    }),
    nextCursor: z.string().nullable(),
    facets: z.object(Object.fromEntries(FACETS.map((f) => [f, z.array(facetValue)])) as Record<FacetName, z.ZodArray<typeof facetValue>>),
  })
  .meta({ id: "ConsultantList" });
export type ConsultantList = z.output<typeof consultantListSchema>;

const assignmentSchema = z
  .object({
    id: z.string(),
    activityId: z.string(),
    activityTitle: z.string(),
    activityTitleLocale: z.string(),
    role: z.enum(ASSIGNMENT_ROLES),
    startsOn: z.string(),
    endsOn: z.string(),
    beneficiaryCountries: z.array(z.string()),
    modality: z.enum(["south-south", "triangular", "north-south"]),
  })
  .meta({ id: "ConsultantAssignment" });

/** A public profile with its assignments (newest first). */
export const consultantPublicSchema = z
  .object({ ...publicFields, view: z.literal("public"), bioLocales: z.array(z.string()), assignmentList: z.array(assignmentSchema) })
  .meta({ id: "ConsultantPublic" });

/** The whole profile, for signed-in focal points, the secretariat and admins (policy consultants.contact.read). */
export const consultantFullSchema = z
  .object({
    ...publicFields,
    view: z.literal("full"),
    bioLocales: z.array(z.string()),
    assignmentList: z.array(assignmentSchema),
    status: z.enum(CONSULTANT_STATUSES),
    email: z.string(),
    phone: z.string().nullable(),
    gender: z.enum(GENDERS).nullable().meta({ description: "For aggregated balance statistics only" }),
    hasCv: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: "ConsultantFull" });
export type ConsultantPublic = z.output<typeof consultantPublicSchema>;
export type ConsultantFull = z.output<typeof consultantFullSchema>;

export const consultantDetailQuerySchema = z.object({
  view: z.enum(["public", "full"], choice).optional().meta({
    description: "public: what visitors see. full: contact details, gender and CV presence (401 for visitors, 403 without the right). Default: full when allowed, else public",
  }),
  lng: z.enum(LOCALES, choice).default("en"),
});

export const consultantsExportQuerySchema = consultantsQuerySchema.safeExtend({ format: z.enum(["csv", "json"], choice).default("csv") });

const localizedText = z.partialRecord(z.enum(LOCALES, { error: "invalid_choice" }), text({ max: 3000 }), missingOr("invalid"));
const iso2 = z.enum(COUNTRY_CODES, missingOr("unknown_country"));
const unique = <T>(items: T[]) => new Set(items).size === items.length;

/** A profile as an applicant or the secretariat writes it; derived fields are never accepted. */
export const consultantProfileInputSchema = z
  .object(
    {
      fullName: line({ min: 1, max: 200 }),
      latinName: line({ max: 200 }).nullable().optional(),
      nationalities: list(iso2).min(1, { error: "required" }).max(5, { error: "too_many" }).refine(unique, { error: "duplicate" }),
      residenceCountry: iso2,
      gender: z.enum(GENDERS, choice).nullable().optional(),
      organisation: line({ min: 1, max: 200 }),
      position: line({ max: 200 }).default(""),
      ipAreas: list(z.enum(IP_AREAS, choice)).min(1, { error: "required" }).max(IP_AREAS.length, { error: "too_many" }).refine(unique, { error: "duplicate" }),
      skills: list(z.enum(SKILLS, choice)).min(1, { error: "required" }).max(MAX_SKILLS, { error: "too_many" }).refine(unique, { error: "duplicate" }),
      sectors: list(z.enum(SECTORS, choice)).max(SECTORS.length, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]),
      yearsExperience: z.number(missingOr("invalid_number")).int({ error: "invalid_number" }).min(0, { error: "too_small" }).max(80, { error: "too_large" }),
      bio: localizedText.refine((v) => Object.values(v).some((s) => s && s.length > 0), { message: "required_in_one_language" }),
      languages: list(z.object({ code: languageCode, level: z.enum(LANGUAGE_LEVELS, choice) }, missingOr("invalid")))
        .min(1, { error: "required" })
        .max(20, { error: "too_many" })
        .refine((ls) => unique(ls.map((l) => l.code)), { error: "duplicate" }),
      availability: z.enum(AVAILABILITIES, choice),
      unavailableUntil: z.iso.date(missingOr("invalid_date")).nullable().optional(),
      travel: z.boolean({ error: "invalid" }),
      remote: z.boolean({ error: "invalid" }),
      email: z.email(missingOr("invalid_email")).max(254, { error: "too_long" }),
      phone: line({ max: 40 })
        .refine((v) => v === "" || /^\+?[0-9 ().-]{5,40}$/.test(v), { error: "invalid_phone" })
        .nullable()
        .optional(),
    },
    missingOr("invalid"),
  )
  .superRefine((v, ctx) => {
    if (v.unavailableUntil && v.availability !== "unavailable") ctx.addIssue({ code: "custom", path: ["unavailableUntil"], message: "only_when_unavailable" });
  })
  .meta({ id: "ConsultantProfileInput" });
export type ConsultantProfileInput = z.output<typeof consultantProfileInputSchema>;

// ── The workflow (docs/CONSULTANTS.md, "Workflow", "CV", "Assignments") ─────────────────────────

/** What the secretariat decides on a profile in review; a return or rejection says why. */
export const reviewDecisionSchema = z
  .object({
    id: consultantIdSchema,
    decision: z.enum(["approve", "return", "reject"], choice),
    comment: text({ max: 2000 }).default(""),
    version: z.coerce.number(missingOr("invalid_number")).int({ error: "invalid_number" }).min(1, { error: "too_small" }),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== "approve" && !v.comment.trim()) ctx.addIssue({ code: "custom", path: ["comment"], message: "comment_required" });
  });
export type ReviewDecision = z.output<typeof reviewDecisionSchema>;

/** A focal point's nomination: who, at which address, written to in which language. */
export const nominationInputSchema = z.object({
  fullName: line({ min: 1, max: 200 }),
  email: z.email(missingOr("invalid_email")).max(254, { error: "too_long" }),
  lng: z.enum(LOCALES, choice),
});
export type NominationInput = z.output<typeof nominationInputSchema>;

/** An assignment of a consultant to an activity (secretariat): the fields, checked together below. */
const assignmentFields = {
  activityId: z.uuid({ error: "invalid_id" }),
  role: z.enum(ASSIGNMENT_ROLES, choice),
  startsOn: z.iso.date(missingOr("invalid_date")),
  endsOn: z.iso.date(missingOr("invalid_date")),
};
/** Dates "within reason": the end not before the start, at most two years apart (the activity's own dates are checked by the writer). */
const assignmentDates = (v: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx) => {
  if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "before_start" });
  else if (Date.parse(v.endsOn) - Date.parse(v.startsOn) > 731 * 86_400_000) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "too_long" });
};

/** `POST /api/v1/consultants/{id}/assignments`: the consultant is the path's. */
export const assignmentBodySchema = z.object(assignmentFields).superRefine(assignmentDates).meta({ id: "ConsultantAssignmentBody" });

/** An assignment as the writer takes it (the form names the consultant too). */
export const assignmentInputSchema = z
  .object({ consultantId: consultantIdSchema, ...assignmentFields })
  .superRefine(assignmentDates)
  .meta({ id: "ConsultantAssignmentInput" });
export type AssignmentInput = z.output<typeof assignmentInputSchema>;

/** A visitor's message to a consultant through the portal (docs/CONSULTANTS.md, "Contact"). `website` is the honeypot. */
export const contactMessageSchema = z.object({
  consultantId: consultantIdSchema,
  name: line({ min: 1, max: 120 }),
  email: z.email(missingOr("invalid_email")).max(254, { error: "too_long" }),
  message: text({ min: 1, max: 5000 }).refine((v) => v.length >= 20, { error: "too_short" }),
  website: z.string().max(500).default(""),
  lng: z.enum(LOCALES, choice),
});
export type ContactMessage = z.output<typeof contactMessageSchema>;
