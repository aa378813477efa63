import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { line, searchQuery, text } from "@/lib/validation/text";
import { IP_AREAS, MODALITIES } from "@/modules/activities/constants";
import { THEMES } from "@/modules/content/constants";
import { COUNTRY_CODES } from "@/modules/countries/constants";
import { M49_AREA_CODES } from "@/modules/countries/schemas";
import { isLanguageCode } from "@/modules/consultants/schemas";
import {
  DEV_STATUS_FILTERS,
  DIGEST_FREQUENCIES,
  INTEREST_STATUSES,
  LISTING_KINDS,
  LISTING_SORTS,
  LISTING_STATUSES,
  MATCH_STATUSES,
  ORGANISATION_TYPES,
  PARTY_ROLES,
  PUBLIC_LISTING_STATUSES,
  SUPPORT_FORMS,
  SUPPORT_TYPES,
} from "./constants";

/**
 * Validation messages are stable codes, as in the other modules: the API returns them as the
 * `reason` of invalidParams; forms translate them (matchmaking:errors.*).
 */
type Issue = { input?: unknown };
const missingOr = (code: string) => ({ error: (issue: Issue) => (issue.input === undefined ? "required" : code) });
const choice = missingOr("invalid_choice");
const list = <T extends z.ZodType>(item: T) => z.array(item, missingOr("invalid"));
const unique = <T>(items: T[]) => new Set(items).size === items.length;
const queryInteger = (min: number, max: number) =>
  z.coerce.number(missingOr("invalid_number")).int({ error: "invalid_number" }).min(min, { error: "too_small" }).max(max, { error: "too_large" });
const languageCode = z.string(missingOr("invalid_language")).refine(isLanguageCode, { error: "invalid_language" });
const iso2 = z.enum(COUNTRY_CODES, missingOr("unknown_country"));

/** A parameter that may be repeated (?ipArea=a&ipArea=b): OR within it, AND across parameters. */
const many = <T extends z.ZodType>(item: T, description: string) =>
  z
    .preprocess((v) => (v === undefined || v === "" ? undefined : [v].flat().filter((x) => x !== "")), list(item).max(50, { error: "too_many" }).optional())
    .meta({ description: `${description} Repeat the parameter for several values.` });

export const listingIdSchema = z.uuid({ error: "invalid_id" });
export const matchIdSchema = z.uuid({ error: "invalid_id" });

/** Where the previous page ended, in its order: r rank, n newest, d deadline (no deadline sorts last). */
export type ListingCursor = { s: "r"; r: number; t: string; id: string } | { s: "n"; t: string; id: string } | { s: "d"; d: string; id: string };

export const NO_DEADLINE = "9999-12-31";

export const listingCursorSchema = z
  .string({ error: "invalid_cursor" })
  .max(300, { error: "invalid_cursor" })
  .transform((raw, ctx): ListingCursor => {
    try {
      const v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Record<string, unknown>;
      if (z.uuid().safeParse(v.id).success) {
        const id = v.id as string;
        const time = (x: unknown) => typeof x === "string" && z.iso.datetime({ offset: true }).safeParse(x).success;
        if (v.s === "r" && typeof v.r === "number" && Number.isFinite(v.r) && time(v.t)) return { s: "r", r: v.r, t: v.t as string, id };
        if (v.s === "n" && time(v.t)) return { s: "n", t: v.t as string, id };
        if (v.s === "d" && typeof v.d === "string" && z.iso.date().safeParse(v.d).success) return { s: "d", d: v.d, id };
      }
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({ code: "custom", message: "invalid_cursor" });
    return z.NEVER;
  });

export function encodeListingCursor(cursor: ListingCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export const listingsQuerySchema = z.object({
  kind: many(z.enum(LISTING_KINDS, choice), "need or offer."),
  q: searchQuery({ max: 500 }).optional().meta({ description: "Full text over titles, descriptions and organisations in every language" }),
  supportType: many(z.enum(SUPPORT_TYPES, choice), "Type of match: financial, technical, partnership."),
  form: many(z.enum(SUPPORT_FORMS, choice), "Form of the support."),
  ipArea: many(z.enum(IP_AREAS, choice), "IP area (the activities' list)."),
  theme: many(z.enum(THEMES, choice), "South-South theme."),
  country: many(iso2, "A beneficiary (need) or offering (offer) country, ISO alpha-2."),
  region: many(z.enum(M49_AREA_CODES, choice), "M49 region, sub-region or intermediate region of the listing's countries."),
  devStatus: many(z.enum(DEV_STATUS_FILTERS, choice), "Development status of a listing's country: ldc or developing."),
  status: many(z.enum(PUBLIC_LISTING_STATUSES, choice), "Listing status (public statuses only)."),
  lang: many(languageCode, "Language the support is given or asked in (ISO 639)."),
  sort: z.enum(LISTING_SORTS, choice).default("relevance").meta({
    description: "relevance: ranked for selective text queries, else newest; newest: most recently published; deadline: soonest deadline first",
  }),
  cursor: z.preprocess((v) => (v === "" ? undefined : v), listingCursorSchema.optional()).meta({ description: "nextCursor of the previous page" }),
  limit: queryInteger(1, 100).default(20),
  lng: z.enum(LOCALES, choice).default("en").meta({ description: "Language of titles and facet labels" }),
});
export type ListingsQuery = z.output<typeof listingsQuerySchema>;

export const LISTING_FACETS = ["kind", "supportType", "form", "ipArea", "theme", "country", "region", "devStatus", "lang", "status"] as const;
export type ListingFacet = (typeof LISTING_FACETS)[number];

const facetValue = z.object({ value: z.string(), label: z.string(), count: z.number().int() }).meta({ id: "ListingFacetValue" });

/** What anyone may see of a public listing (never the contact). */
const publicFields = {
  id: z.string(),
  kind: z.enum(LISTING_KINDS),
  status: z.enum(LISTING_STATUSES),
  title: z.string(),
  titleLocale: z.string().meta({ description: "Language the title is shown in (differs from lng when not written in it)" }),
  description: z.string(),
  descriptionLocale: z.string(),
  textLocales: z.array(z.string()),
  organisation: z.string(),
  organisationType: z.enum(ORGANISATION_TYPES),
  ownerCountry: z.string().nullable(),
  supportType: z.enum(SUPPORT_TYPES),
  forms: z.array(z.enum(SUPPORT_FORMS)),
  ipAreas: z.array(z.enum(IP_AREAS)),
  themes: z.array(z.enum(THEMES)),
  countries: z.array(z.string()),
  regions: z.array(z.string()),
  languages: z.array(z.string()),
  budgetMin: z.number().nullable(),
  budgetMax: z.number().nullable(),
  currency: z.string().nullable(),
  deadline: z.string().nullable(),
  timeframe: z.string(),
  publishedAt: z.string().nullable(),
  interests: z.number().int().meta({ description: "How many parties expressed interest" }),
};

export const listingSummarySchema = z.object(publicFields).meta({ id: "ListingSummary" });
export type ListingSummary = z.output<typeof listingSummarySchema>;

export const listingListSchema = z
  .object({
    items: z.array(listingSummarySchema),
    total: z.number().int(),
    approximate: z.boolean().meta({ description: "True when `total` and the facet counts are estimates from a fixed sample; exact for small result sets" }),
    nextCursor: z.string().nullable(),
    facets: z.object(Object.fromEntries(LISTING_FACETS.map((f) => [f, z.array(facetValue)])) as Record<ListingFacet, z.ZodArray<typeof facetValue>>),
  })
  .meta({ id: "ListingList" });
export type ListingList = z.output<typeof listingListSchema>;

const attachmentSchema = z.object({ id: z.string(), filename: z.string(), size: z.number().int(), uploadedAt: z.string() }).meta({ id: "ListingAttachment" });

/** A listing as its owner, a focal point of its country and the secretariat see it. */
export const listingDetailSchema = z
  .object({
    ...publicFields,
    attachments: z.array(attachmentSchema),
    /** Only for those who may manage the listing. */
    contact: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }).nullable(),
    version: z.number().int().nullable().meta({ description: "The version to send with PATCH and transitions; null for readers who may not change it" }),
    reviewComment: z.string().nullable(),
    transitions: z.array(z.enum(LISTING_STATUSES)).meta({ description: "The statuses the reader may move the listing to" }),
    titleMap: z.record(z.string(), z.string()).nullable(),
    descriptionMap: z.record(z.string(), z.string()).nullable(),
  })
  .meta({ id: "ListingDetail" });
export type ListingDetail = z.output<typeof listingDetailSchema>;

export const localizedText = (max: number) =>
  z
    .partialRecord(z.enum(LOCALES, { error: "invalid_choice" }), text({ max }), missingOr("invalid"))
    .refine((v) => Object.values(v).some((s) => s && s.length > 0), { message: "required_in_one_language" });

/** Codes ISO 4217 knows (Intl's list). */
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
const money = z.number(missingOr("invalid_number")).min(0, { error: "too_small" }).max(1e12, { error: "too_large" });

/** A listing as its filer writes it; derived fields are never accepted. */
const listingFields = {
  kind: z.enum(LISTING_KINDS, choice),
  title: localizedText(200).refine((v) => Object.values(v).every((s) => !s || !/[\r\n]/.test(s)), { message: "one_line" }),
  description: localizedText(5000),
  organisation: line({ min: 1, max: 200 }),
  organisationType: z.enum(ORGANISATION_TYPES, choice),
  ownerCountry: iso2.nullable(),
  supportType: z.enum(SUPPORT_TYPES, choice),
  forms: list(z.enum(SUPPORT_FORMS, choice)).min(1, { error: "required" }).max(SUPPORT_FORMS.length, { error: "too_many" }).refine(unique, { error: "duplicate" }),
  ipAreas: list(z.enum(IP_AREAS, choice)).min(1, { error: "required" }).max(IP_AREAS.length, { error: "too_many" }).refine(unique, { error: "duplicate" }),
  themes: list(z.enum(THEMES, choice)).max(THEMES.length, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]),
  countries: list(iso2).max(60, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]),
  regions: list(z.enum(M49_AREA_CODES, choice)).max(20, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]),
  languages: list(languageCode).min(1, { error: "required" }).max(20, { error: "too_many" }).refine(unique, { error: "duplicate" }),
  budgetMin: money.nullable().default(null),
  budgetMax: money.nullable().default(null),
  currency: z.string().refine((c) => CURRENCIES.has(c), { error: "invalid_currency" }).nullable().default(null),
  deadline: z.iso.date(missingOr("invalid_date")).nullable().default(null),
  timeframe: line({ max: 200 }).default(""),
  contactName: line({ min: 1, max: 200 }),
  contactEmail: z.email(missingOr("invalid_email")).max(254, { error: "too_long" }),
  contactPhone: line({ max: 40 })
    .refine((v) => v === "" || /^\+?[0-9 ().-]{5,40}$/.test(v), { error: "invalid_phone" })
    .nullable()
    .default(null),
};

type ListingFieldsOut = z.output<z.ZodObject<typeof listingFields>>;
function listingRules(v: ListingFieldsOut, ctx: z.RefinementCtx) {
  if (v.kind === "need" && v.countries.length === 0 && v.regions.length === 0) ctx.addIssue({ code: "custom", path: ["countries"], message: "need_place_required" });
  if (v.budgetMin !== null && v.budgetMax !== null && v.budgetMin > v.budgetMax) ctx.addIssue({ code: "custom", path: ["budgetMax"], message: "below_minimum" });
  if ((v.budgetMin !== null || v.budgetMax !== null) && !v.currency) ctx.addIssue({ code: "custom", path: ["currency"], message: "currency_required" });
}

export const listingInputSchema = z.object(listingFields, missingOr("invalid")).superRefine(listingRules).meta({ id: "ListingInput" });
export type ListingInput = z.output<typeof listingInputSchema>;

const version = z.coerce.number(missingOr("invalid_number")).int({ error: "invalid_number" }).min(1, { error: "too_small" });

/** PATCH: any listing field (the kind excepted) with the version read; merged with the stored listing, then checked whole. */
export const listingPatchSchema = z
  .object({ ...Object.fromEntries(Object.entries(listingFields).filter(([k]) => k !== "kind").map(([k, s]) => [k, s.optional()])), version }, missingOr("invalid"))
  .strict()
  .meta({ id: "ListingPatch" }) as unknown as z.ZodType<Partial<Omit<ListingInput, "kind">> & { version: number }>;
export type ListingPatch = Partial<Omit<ListingInput, "kind">> & { version: number };

/** The full form's shape: everything, based on a version. */
export const listingUpdateSchema = z.object({ ...listingFields, id: listingIdSchema, version }, missingOr("invalid")).superRefine(listingRules);
export type ListingUpdate = z.output<typeof listingUpdateSchema>;

export const transitionBodySchema = z
  .object({
    to: z.enum(LISTING_STATUSES, choice),
    version,
    comment: text({ max: 2000 }).default(""),
  })
  .superRefine((v, ctx) => {
    if ((v.to === "returned" || v.to === "rejected") && !v.comment.trim()) ctx.addIssue({ code: "custom", path: ["comment"], message: "comment_required" });
  })
  .meta({ id: "ListingTransition" });
export type TransitionBody = z.output<typeof transitionBodySchema>;

export const interestBodySchema = z.object({ message: text({ min: 1, max: 3000 }).refine((v) => v.length >= 10, { error: "too_short" }) }).meta({ id: "InterestBody" });
export const interestAnswerSchema = z
  .object({ decision: z.enum(["accept", "decline"], choice), reply: text({ max: 3000 }).default("") })
  .meta({ id: "InterestAnswer" });
export type InterestAnswer = z.output<typeof interestAnswerSchema>;

export const interestSchema = z
  .object({
    id: z.string(),
    listingId: z.string(),
    status: z.enum(INTEREST_STATUSES),
    message: z.string(),
    reply: z.string().nullable(),
    createdAt: z.string(),
    answeredAt: z.string().nullable(),
    from: z.object({ organisation: z.string(), country: z.string().nullable() }),
    /** The sender's name and address: shown to the owner only once the owner has accepted. */
    contact: z.object({ name: z.string(), email: z.string() }).nullable(),
  })
  .meta({ id: "ListingInterest" });
export type Interest = z.output<typeof interestSchema>;

export const SUGGESTION_KINDS = ["offer", "need", "consultant", "activity"] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const suggestionReasonSchema = z
  .object({ code: z.string(), values: z.array(z.string()), text: z.string().meta({ description: "The reason in the reader's language" }) })
  .meta({ id: "SuggestionReason" });
export type SuggestionReason = z.output<typeof suggestionReasonSchema>;

export const suggestionsSchema = z
  .object({
    items: z.array(
      z.object({ kind: z.enum(SUGGESTION_KINDS), id: z.string(), title: z.string(), score: z.number(), reasons: z.array(suggestionReasonSchema) }).meta({ id: "Suggestion" }),
    ),
  })
  .meta({ id: "SuggestionList" });
export type Suggestions = z.output<typeof suggestionsSchema>;

const partyInput = z.object({
  role: z.enum(PARTY_ROLES, choice),
  listingId: listingIdSchema.nullable().default(null),
  consultantId: z.uuid({ error: "invalid_id" }).nullable().default(null),
  organisation: line({ max: 200 }).default(""),
  organisationType: z.enum(ORGANISATION_TYPES, choice).nullable().default(null),
  country: iso2.nullable().default(null),
});
export type PartyInput = z.output<typeof partyInput>;

/** A match as the secretariat records it; its modality is derived, never typed. */
export const matchInputSchema = z
  .object({
    supportType: z.enum(SUPPORT_TYPES, choice),
    title: localizedText(200),
    outcome: z.partialRecord(z.enum(LOCALES, { error: "invalid_choice" }), text({ max: 5000 })).default({}),
    status: z.enum(MATCH_STATUSES, choice).default("agreed"),
    themes: list(z.enum(THEMES, choice)).refine(unique, { error: "duplicate" }).default([]),
    ipAreas: list(z.enum(IP_AREAS, choice)).refine(unique, { error: "duplicate" }).default([]),
    startsOn: z.iso.date(missingOr("invalid_date")),
    isPublic: z.boolean({ error: "invalid" }).default(false),
    parties: list(partyInput).min(2, { error: "two_parties_required" }).max(20, { error: "too_many" }),
    activityIds: list(z.uuid({ error: "invalid_id" })).max(50, { error: "too_many" }).refine(unique, { error: "duplicate" }).default([]),
  })
  .superRefine((v, ctx) => {
    v.parties.forEach((p, i) => {
      if (!p.listingId && !p.consultantId && !p.organisation) ctx.addIssue({ code: "custom", path: ["parties", i, "organisation"], message: "party_unnamed" });
    });
    if (!v.parties.some((p) => p.role === "beneficiary")) ctx.addIssue({ code: "custom", path: ["parties"], message: "beneficiary_required" });
    if (!v.parties.some((p) => p.role !== "beneficiary")) ctx.addIssue({ code: "custom", path: ["parties"], message: "provider_required" });
  })
  .meta({ id: "MatchInput" });
export type MatchInput = z.output<typeof matchInputSchema>;

export const matchUpdateSchema = z
  .object({
    version,
    status: z.enum(MATCH_STATUSES, choice).optional(),
    outcome: z.partialRecord(z.enum(LOCALES, { error: "invalid_choice" }), text({ max: 5000 })).optional(),
    isPublic: z.boolean({ error: "invalid" }).optional(),
    activityIds: list(z.uuid({ error: "invalid_id" })).max(50, { error: "too_many" }).refine(unique, { error: "duplicate" }).optional(),
  })
  .strict()
  .meta({ id: "MatchUpdate" });
export type MatchUpdate = z.output<typeof matchUpdateSchema>;

export const matchesQuerySchema = z.object({
  type: many(z.enum(SUPPORT_TYPES, choice), "Type of match."),
  modality: many(z.enum(MODALITIES, choice), "south-south or triangular (north-south matches exist too)."),
  theme: many(z.enum(THEMES, choice), "South-South theme."),
  region: many(z.enum(M49_AREA_CODES, choice), "M49 area of a beneficiary country."),
  cursor: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(300).optional()),
  limit: queryInteger(1, 100).default(20),
  lng: z.enum(LOCALES, choice).default("en"),
});
export type MatchesQuery = z.output<typeof matchesQuerySchema>;

export const matchSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    titleLocale: z.string(),
    supportType: z.enum(SUPPORT_TYPES),
    modality: z.enum(MODALITIES),
    status: z.enum(MATCH_STATUSES),
    themes: z.array(z.enum(THEMES)),
    ipAreas: z.array(z.enum(IP_AREAS)),
    countries: z.array(z.string()),
    startsOn: z.string(),
    outcome: z.string(),
    outcomeLocale: z.string(),
    parties: z.array(z.object({ role: z.enum(PARTY_ROLES), name: z.string(), country: z.string().nullable(), listingId: z.string().nullable(), consultantId: z.string().nullable() })),
    activityIds: z.array(z.string()),
    isPublic: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: "Match" });
export type MatchView = z.output<typeof matchSchema>;

export const matchListSchema = z.object({ items: z.array(matchSchema), nextCursor: z.string().nullable() }).meta({ id: "MatchList" });
export type MatchList = z.output<typeof matchListSchema>;

export const savedSearchInputSchema = z.object({
  query: z.string().max(2000, { error: "too_long" }),
  frequency: z.enum(DIGEST_FREQUENCIES, choice),
});
