import "server-only";
import type { PrismaClient } from "@/lib/db/create-client";
import { buildCountryRecords, buildRegionRecords } from "../reference-data";

/** Upserts every region and country; safe to run again after the lists change. */
export async function seedCountries(client: PrismaClient): Promise<{ regions: number; countries: number }> {
  const regions = buildRegionRecords();
  const countries = buildCountryRecords();
  await client.$transaction(async (tx) => {
    for (const region of regions) {
      await tx.region.upsert({ where: { code: region.code }, create: region, update: region });
    }
    for (const country of countries) {
      await tx.country.upsert({ where: { iso2: country.iso2 }, create: country, update: country });
    }
    // A state dropped from the lists (none so far) must not linger.
    await tx.country.deleteMany({ where: { iso2: { notIn: countries.map((c) => c.iso2) } } });
  });
  return { regions: regions.length, countries: countries.length };
}
