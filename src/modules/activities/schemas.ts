import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { line, searchQuery, text } from "@/lib/validation/text";
import { COUNTRY_CODES, COUNTRY_STATUS_FILTERS } from "@/modules/countries/constants";
import { M49_AREA_CODES } from "@/modules/countries/schemas";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, FUNDING_TYPES, IP_AREAS, MODALITIES } from "./constants";


/**
 * Validation messages are stable codes, as in accounts: the API returns them as the `reason`
 * of invalidParams, the edit form and the import report show their translation
 * (activities:errors.*). Besides the shared ones of text fields (required, too_long,
 * control_characters), every schema here names its own.
 */
type Issue = { input?: unknown };
const missingOr = (code: string) => ({ error: (issue: Issue) => (issue.input === undefined ? "required" : code) });
const choice = missingOr("invalid_choice");
const date = () => z.iso.date(missingOr("invalid_date"));
const integer = (min: number, max: number) =>
  z.number(missingOr("invalid_number")).int({ error: "invalid_number" }).min(min, { error: "too_small" }).max(max, { error: "too_large" });
const queryInteger = (min: number, max: number) =>
  z.coerce.number(missingOr("invalid_number")).int({ error: "invalid_number" }).min(min, { error: "too_small" }).max(max, { error: "too_large" });
const list = <T extends z.ZodType>(item: T) => z.array(item, missingOr("invalid"));
const languageCode = (code: string) => z.string(missingOr(code)).regex(/^[a-z]{2}$/, { error: code });

/** A parameter that may be repeated (?type=a&type=b): OR within it, AND across parameters. */
const many = <T extends z.ZodType>(item: T, description: string) =>
  z
    .preprocess((v) => (v === undefined || v === "" ? undefined : [v].flat().filter((x) => x !== "")), list(item).max(50, { error: "too_many" }).optional())
    .meta({ description: `${description} Repeat the parameter for several values.` });

/** An activity's id, as a URL or a form carries it: a UUID, or the record cannot exist. */
export const activityIdSchema = z.uuid({ error: "invalid_id" });

export interface ActivityCursor {
  /** Start date of the last item (YYYY-MM-DD). */
  d: string;
  id: string;
  /** Rank of the last item, for relevance order. */
  r?: number;
}

export const cursorSchema = z
  .string({ error: "invalid_cursor" })
  .max(300, { error: "invalid_cursor" })
  .transform((raw, ctx): ActivityCursor => {
    try {
      const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as ActivityCursor;
      if (/^\d{4}-\d{2}-\d{2}$/.test(value.d) && z.uuid().safeParse(value.id).success && (value.r === undefined || Number.isFinite(value.r))) {
        return value;
      }
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({ code: "custom", message: "invalid_cursor" });
    return z.NEVER;
  });

export function encodeCursor(cursor: ActivityCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export const activitiesQuerySchema = z
  .object({
    q: searchQuery({ max: 500 }).optional().meta({ description: "Full text over titles and descriptions in every language" }),
    country: many(z.enum(COUNTRY_CODES, { error: "unknown_country" }), "Beneficiary country (ISO alpha-2)."),
    region: many(z.enum(M49_AREA_CODES, choice), "Beneficiaries' M49 region, sub-region or intermediate region."),
    status: many(z.enum(COUNTRY_STATUS_FILTERS, choice), "Beneficiaries' development status, or ldc."),
    type: many(z.enum(ACTIVITY_TYPES, choice), "Activity type."),
    ipArea: many(z.enum(IP_AREAS, choice), "IP subject area."),
    year: many(queryInteger(1950, 2100), "Year the activity started."),
    from: date().optional().meta({ description: "Activities ending on or after this day" }),
    to: date().optional().meta({ description: "Activities starting on or before this day" }),
    lang: many(languageCode("invalid_language"), "Language the activity was held in (ISO 639-1)."),
    modality: many(z.enum(MODALITIES, choice), "Cooperation modality (computed)."),
    funding: many(z.enum(FUNDING_TYPES, choice), "Funding."),
    activityStatus: many(z.enum(ACTIVITY_STATUSES, choice), "Planned, completed or cancelled."),
    sort: z.enum(["relevance", "date"], choice).optional().meta({ description: "Default: relevance for selective text queries, newest first otherwise" }),
    cursor: cursorSchema.optional().meta({ description: "nextCursor of the previous page" }),
    limit: queryInteger(1, 100).default(20),
    lng: z.enum(LOCALES, choice).default("en").meta({ description: "Language of titles and facet labels" }),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "to_before_from" });
export type ActivitiesQuery = z.output<typeof activitiesQuerySchema>;

const facetValue = z.object({ value: z.string(), label: z.string(), count: z.number().int() }).meta({ id: "FacetValue" });
export const FACETS = ["country", "region", "status", "type", "ipArea", "year", "lang", "modality", "funding"] as const;
export type FacetName = (typeof FACETS)[number];

export const activitySummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    titleLocale: z.string().meta({ description: "Language the title is shown in (differs from lng when not available in it)" }),
    type: z.enum(ACTIVITY_TYPES),
    ipAreas: z.array(z.enum(IP_AREAS)),
    startDate: z.string(),
    endDate: z.string(),
    venueCountry: z.string().nullable(),
    online: z.boolean(),
    beneficiaryCountries: z.array(z.string()),
    totalParticipants: z.number().int(),
    modality: z.enum(MODALITIES),
    fundingType: z.enum(FUNDING_TYPES),
    status: z.enum(ACTIVITY_STATUSES),
    languages: z.array(z.string()),
  })
  .meta({ id: "ActivitySummary" });
export type ActivitySummary = z.output<typeof activitySummarySchema>;

export const activityListSchema = z
  .object({
    items: z.array(activitySummarySchema),
    total: z.number().int(),
    approximate: z.boolean().meta({
      description: "True when `total` and the facet counts are estimates (two significant digits) from a fixed sample of activities: the result set is too large to count exactly per request. Exact otherwise; the unfiltered set is always exact.",
    }),
    nextCursor: z.string().nullable(),
    facets: z.object(Object.fromEntries(FACETS.map((f) => [f, z.array(facetValue)])) as Record<FacetName, z.ZodArray<typeof facetValue>>),
  })
  .meta({ id: "ActivityList" });
export type ActivityList = z.output<typeof activityListSchema>;

const localizedText = z.partialRecord(z.enum(LOCALES, { error: "invalid_choice" }), text({ max: 5000 }), missingOr("invalid"));
const localized = localizedText.refine((v) => Object.values(v).some((s) => s && s.length > 0), { message: "required_in_one_language" });
const iso2 = z.enum(COUNTRY_CODES, missingOr("unknown_country"));

/** An activity as the secretariat writes it (API and import); derived fields are never accepted. */
export const activityInputSchema = z
  .object(
    {
      externalRef: line({ min: 1, max: 100 }).optional(),
      title: localized,
      description: localizedText.default({}),
      type: z.enum(ACTIVITY_TYPES, choice),
      ipAreas: list(z.enum(IP_AREAS, choice)).min(1, { error: "required" }).max(IP_AREAS.length, { error: "too_many" }),
      organisingUnit: line({ min: 1, max: 200 }),
      startDate: date(),
      endDate: date(),
      venueCity: line({ max: 200 }).nullable().optional(),
      venueCountry: iso2.nullable().optional(),
      online: z.boolean({ error: "invalid" }).default(false),
      beneficiaries: list(z.object({ country: iso2, participants: integer(0, 100_000) }, missingOr("invalid")))
        .min(1, { error: "required" })
        .max(200, { error: "too_many" }),
      languages: list(languageCode("invalid_language")).max(20, { error: "too_many" }).default([]),
      fundingType: z.enum(FUNDING_TYPES, choice),
      fundingDonor: iso2.nullable().optional(),
      fundingPartner: line({ max: 200 }).nullable().optional(),
      partners: list(line({ min: 1, max: 200 })).max(50, { error: "too_many" }).default([]),
      igoSupport: z.boolean({ error: "invalid" }).default(false),
      experts: list(z.object({ name: line({ min: 1, max: 200 }), country: iso2.nullable().optional() }, missingOr("invalid")))
        .max(100, { error: "too_many" })
        .default([]),
      status: z.enum(ACTIVITY_STATUSES, choice),
      links: list(z.object({ label: line({ min: 1, max: 200 }), url: z.url({ protocol: /^https?$/, ...missingOr("invalid_url") }) }, missingOr("invalid")))
        .max(20, { error: "too_many" })
        .default([]),
    },
    missingOr("invalid"),
  )
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "end_before_start" });
    if (v.fundingType === "funds_in_trust" && !v.fundingDonor) ctx.addIssue({ code: "custom", path: ["fundingDonor"], message: "required_for_funds_in_trust" });
    if (new Set(v.beneficiaries.map((b) => b.country)).size !== v.beneficiaries.length) {
      ctx.addIssue({ code: "custom", path: ["beneficiaries"], message: "duplicate_country" });
    }
  })
  .meta({ id: "ActivityInput" });
export type ActivityInput = z.output<typeof activityInputSchema>;
