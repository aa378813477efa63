import { createHash } from "node:crypto";
import type { SeedStep } from "../../src/lib/db/seed-steps";
// The seed entry points only: the module index pulls in Next.js request APIs that scripts cannot load.
import { DEFAULT_DEMO_PASSWORD, seedDemoAccounts } from "../../src/modules/accounts/server/demo-accounts";
import { COUNTRY_DATA_VERSION } from "../../src/modules/countries/constants";
import { seedCountries } from "../../src/modules/countries/server/seed-countries";
import { DEMO_ACTIVITY_SEED, seedGeneratedActivities } from "../../src/modules/activities/server/seed-activities";
import { DEMO_CONSULTANT_SEED, seedGeneratedConsultants } from "../../src/modules/consultants/server/seed-consultants";
import { seedDemoCvs } from "../../src/modules/consultants/server/seed-demo-cvs";
import { DEMO_MATCHMAKING_SEED, seedGeneratedMatchmaking } from "../../src/modules/matchmaking/server/seed-listings";
import { seedQuestionnaire } from "../../src/modules/questionnaire/server/seed-questionnaire";
import { seedDemoStories } from "../../src/modules/stories/server/seed-stories";

export function demoPassword(): string {
  return process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
}

/** How many demo activities `npm start` seeds (ACTIVITIES_DEMO_COUNT overrides). */
export function demoActivityCount(): number {
  return Number(process.env.ACTIVITIES_DEMO_COUNT ?? 5000);
}

/** How many demo consultants `npm start` seeds (CONSULTANTS_DEMO_COUNT overrides). */
export function demoConsultantCount(): number {
  return Number(process.env.CONSULTANTS_DEMO_COUNT ?? 500);
}

/** How many demo listings `npm start` seeds (MATCHMAKING_DEMO_COUNT overrides); interests and matches scale with them. */
export function demoListingCount(): number {
  return Number(process.env.MATCHMAKING_DEMO_COUNT ?? 300);
}

/** Every seed step, in order. Reference data always; demo data only in demo mode. */
export function seedPlan({ demo, url }: { demo: boolean; url?: string }): SeedStep[] {
  const password = demoPassword();
  const steps: SeedStep[] = [
    {
      name: "countries",
      version: COUNTRY_DATA_VERSION,
      kind: "reference",
      run: async (client) => ({ ...(await seedCountries(client)), cldr: process.versions.cldr ?? null }),
    },
    {
      // Questionnaire version 1 and the round "2027" (open now): reference data, in tests too. A stored version is never changed.
      name: "questionnaire-v1",
      version: "r1",
      kind: "reference",
      run: async (client) => ({ ...(await seedQuestionnaire(client)) }),
    },
    {
      name: "demo-accounts",
      // A new DEMO_PASSWORD re-applies the step.
      version: `r1-${createHash("sha256").update(password).digest("hex").slice(0, 12)}`,
      kind: "demo",
      run: (client) => seedDemoAccounts(client, password),
    },
    {
      name: "demo-activities",
      version: `r1-${demoActivityCount()}`,
      kind: "demo",
      run: async (client, progress) => {
        if (!url) throw new Error("the activities seed needs the database URL");
        return {
          ...(await seedGeneratedActivities(client, url, {
            count: demoActivityCount(),
            seed: DEMO_ACTIVITY_SEED,
            onProgress: (p) => progress(p.done, p.total),
          })),
        };
      },
    },
    {
      // After the activities: assignments point at them (a new activity set re-applies this step too).
      name: "demo-consultants",
      version: `r1-${demoConsultantCount()}-a${demoActivityCount()}`,
      kind: "demo",
      run: async (client, progress) => {
        if (!url) throw new Error("the consultants seed needs the database URL");
        return {
          ...(await seedGeneratedConsultants(client, url, {
            count: demoConsultantCount(),
            seed: DEMO_CONSULTANT_SEED,
            onProgress: (p) => progress(p.done, p.total),
          })),
        };
      },
    },
    {
      // A CV for some demo profiles, so downloads can be tried (re-applied with the profiles it depends on).
      name: "demo-consultant-cvs",
      version: `r1-${demoConsultantCount()}-a${demoActivityCount()}`,
      kind: "demo",
      run: (client) => seedDemoCvs(client),
    },
    {
      // After the accounts (focal.eg@ and partner@ own some listings), the profiles and the activities (matches name them).
      name: "demo-matchmaking",
      version: `r1-${demoListingCount()}-c${demoConsultantCount()}-a${demoActivityCount()}`,
      kind: "demo",
      run: async (client) => {
        if (!url) throw new Error("the matchmaking seed needs the database URL");
        const listings = demoListingCount();
        return { ...(await seedGeneratedMatchmaking(client, url, { listings, interests: listings, matches: Math.round(listings / 10), seed: DEMO_MATCHMAKING_SEED })) };
      },
    },
    {
      // Six published success stories in several languages (src/modules/stories/seed/demo-stories.ts).
      name: "demo-stories",
      version: "r1",
      kind: "demo",
      run: (client) => seedDemoStories(client),
    },
  ];
  return steps.filter((s) => demo || s.kind === "reference");
}
