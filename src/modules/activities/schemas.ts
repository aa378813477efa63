import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { COUNTRY_STATUS_FILTERS } from "@/modules/countries/constants";
import { UN_MEMBER_STATES, UN_OBSERVER_STATES } from "@/modules/countries/data/un-classification";
import { M49_AREA_CODES } from "@/modules/countries/schemas";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, FUNDING_TYPES, IP_AREAS, MODALITIES } from "./constants";

const COUNTRY_CODES = [...UN_MEMBER_STATES, ...UN_OBSERVER_STATES] as [string, ...string[]];

/** A parameter that may be repeated (?type=a&type=b): OR within it, AND across parameters. */
const many = <T extends z.ZodType>(item: T, description: string) =>
  z
    .preprocess((v) => (v === undefined || v === "" ? undefined : [v].flat().filter((x) => x !== "")), z.array(item).max(50).optional())
    .meta({ description: `${description} Repeat the parameter for several values.` });

export interface ActivityCursor {
  /** Start date of the last item (YYYY-MM-DD). */
  d: string;
  id: string;
  /** Rank of the last item, for relevance order. */
  r?: number;
}

export const cursorSchema = z
  .string()
  .max(300)
  .transform((raw, ctx): ActivityCursor => {
    try {
      const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as ActivityCursor;
      if (/^\d{4}-\d{2}-\d{2}$/.test(value.d) && z.uuid().safeParse(value.id).success && (value.r === undefined || Number.isFinite(value.r))) {
        return value;
      }
    } catch {
      // fall through to the issue below
    }
    ctx.addIssue({ code: "custom", message: "malformed cursor" });
    return z.NEVER;
  });

export function encodeCursor(cursor: ActivityCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export const activitiesQuerySchema = z
  .object({
    q: z.string().trim().max(500, { error: "at most 500 characters" }).optional().meta({ description: "Full text over titles and descriptions in every language" }),
    country: many(z.enum(COUNTRY_CODES), "Beneficiary country (ISO alpha-2)."),
    region: many(z.enum(M49_AREA_CODES), "Beneficiaries' M49 region, sub-region or intermediate region."),
    status: many(z.enum(COUNTRY_STATUS_FILTERS), "Beneficiaries' development status, or ldc."),
    type: many(z.enum(ACTIVITY_TYPES), "Activity type."),
    ipArea: many(z.enum(IP_AREAS), "IP subject area."),
    year: many(z.coerce.number().int().min(1950).max(2100), "Year the activity started."),
    from: z.iso.date().optional().meta({ description: "Activities ending on or after this day" }),
    to: z.iso.date().optional().meta({ description: "Activities starting on or before this day" }),
    lang: many(z.string().regex(/^[a-z]{2}$/, { error: "an ISO 639-1 code" }), "Language the activity was held in (ISO 639-1)."),
    modality: many(z.enum(MODALITIES), "Cooperation modality (computed)."),
    funding: many(z.enum(FUNDING_TYPES), "Funding."),
    activityStatus: many(z.enum(ACTIVITY_STATUSES), "Planned, completed or cancelled."),
    sort: z.enum(["relevance", "date"]).optional().meta({ description: "Default: relevance for selective text queries, newest first otherwise" }),
    cursor: cursorSchema.optional().meta({ description: "nextCursor of the previous page" }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    lng: z.enum(LOCALES).default("en").meta({ description: "Language of titles and facet labels" }),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "to is before from" });
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

const localizedText = z.partialRecord(z.enum(LOCALES), z.string().trim().max(5000));
const localized = localizedText.refine((v) => Object.values(v).some((s) => s && s.length > 0), { message: "at least one language" });
const iso2 = z.enum(COUNTRY_CODES, { error: "unknown_country" });

/** An activity as the secretariat writes it (API and import); derived fields are never accepted. */
export const activityInputSchema = z
  .object({
    externalRef: z.string().trim().min(1).max(100).optional(),
    title: localized,
    description: localizedText.default({}),
    type: z.enum(ACTIVITY_TYPES),
    ipAreas: z.array(z.enum(IP_AREAS)).min(1).max(IP_AREAS.length),
    organisingUnit: z.string().trim().min(1).max(200),
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    venueCity: z.string().trim().max(200).nullable().optional(),
    venueCountry: iso2.nullable().optional(),
    online: z.boolean().default(false),
    beneficiaries: z
      .array(z.object({ country: iso2, participants: z.number().int().min(0).max(100_000) }))
      .min(1)
      .max(200),
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).max(20).default([]),
    fundingType: z.enum(FUNDING_TYPES),
    fundingDonor: iso2.nullable().optional(),
    fundingPartner: z.string().trim().max(200).nullable().optional(),
    partners: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    igoSupport: z.boolean().default(false),
    experts: z.array(z.object({ name: z.string().trim().min(1).max(200), country: iso2.nullable().optional() })).max(100).default([]),
    status: z.enum(ACTIVITY_STATUSES),
    links: z.array(z.object({ label: z.string().trim().min(1).max(200), url: z.url({ protocol: /^https?$/ }) })).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "before startDate" });
    if (v.fundingType === "funds_in_trust" && !v.fundingDonor) ctx.addIssue({ code: "custom", path: ["fundingDonor"], message: "required for funds_in_trust" });
    if (new Set(v.beneficiaries.map((b) => b.country)).size !== v.beneficiaries.length) {
      ctx.addIssue({ code: "custom", path: ["beneficiaries"], message: "a country appears twice" });
    }
  })
  .meta({ id: "ActivityInput" });
export type ActivityInput = z.output<typeof activityInputSchema>;
