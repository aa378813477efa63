import "server-only";
import type { PrismaClient } from "@/lib/db/create-client";

export interface CountryFacts {
  developmentStatus: "developed" | "developing" | "transition";
  ldc: boolean;
  /** M49 region, sub-region and (when any) intermediate region codes. */
  regions: string[];
}

let cached: Map<string, CountryFacts> | undefined;

/** Classification of every country, for deriving facets; reference data, so loaded once per process. */
export async function countryFacts(client: PrismaClient): Promise<Map<string, CountryFacts>> {
  if (cached) return cached;
  const rows = await client.country.findMany();
  cached = new Map(
    rows.map((c) => [
      c.iso2,
      {
        developmentStatus: c.developmentStatus,
        ldc: c.ldc,
        regions: [c.regionCode, c.subregionCode, ...(c.intermediateCode ? [c.intermediateCode] : [])],
      },
    ]),
  );
  return cached;
}
