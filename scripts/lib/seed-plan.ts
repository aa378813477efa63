import { createHash } from "node:crypto";
import type { SeedStep } from "../../src/lib/db/seed-steps";
import { DEFAULT_DEMO_PASSWORD, seedDemoAccounts } from "../../src/modules/accounts/server";
import { COUNTRY_DATA_VERSION } from "../../src/modules/countries/constants";
import { seedCountries } from "../../src/modules/countries/server";

export function demoPassword(): string {
  return process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
}

/** Every seed step, in order. Reference data always; demo data only in demo mode. */
export function seedPlan({ demo }: { demo: boolean }): SeedStep[] {
  const password = demoPassword();
  const steps: SeedStep[] = [
    {
      name: "countries",
      version: COUNTRY_DATA_VERSION,
      kind: "reference",
      run: async (client) => ({ ...(await seedCountries(client)), cldr: process.versions.cldr ?? null }),
    },
    {
      name: "demo-accounts",
      // A new DEMO_PASSWORD re-applies the step.
      version: `r1-${createHash("sha256").update(password).digest("hex").slice(0, 12)}`,
      kind: "demo",
      run: (client) => seedDemoAccounts(client, password),
    },
  ];
  return steps.filter((s) => demo || s.kind === "reference");
}
