import type { SeedStep } from "../../src/lib/db/seed-steps";
import { COUNTRY_DATA_VERSION } from "../../src/modules/countries/constants";
import { seedCountries } from "../../src/modules/countries/server";

/** Every seed step, in order. Reference data always; demo data only in demo mode. */
export function seedPlan({ demo }: { demo: boolean }): SeedStep[] {
  const steps: SeedStep[] = [
    {
      name: "countries",
      version: COUNTRY_DATA_VERSION,
      kind: "reference",
      run: async (client) => ({ ...(await seedCountries(client)), cldr: process.versions.cldr ?? null }),
    },
  ];
  return steps.filter((s) => demo || s.kind === "reference");
}
