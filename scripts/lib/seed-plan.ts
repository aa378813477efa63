import { createHash } from "node:crypto";
import type { SeedStep } from "../../src/lib/db/seed-steps";
// The seed entry points only: the module index pulls in Next.js request APIs that scripts cannot load.
import { DEFAULT_DEMO_PASSWORD, seedDemoAccounts } from "../../src/modules/accounts/server/demo-accounts";
import { COUNTRY_DATA_VERSION } from "../../src/modules/countries/constants";
import { seedCountries } from "../../src/modules/countries/server/seed-countries";

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
