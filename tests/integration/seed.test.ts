import { inject, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { applySeedSteps } from "@/lib/db/seed-steps";
import { seedPlan } from "../../scripts/lib/seed-plan";

describe("seeding", () => {
  it("applies each step once, and again only when its version changes", async () => {
    const client = createDbClient({ url: inject("databaseUrl") });
    try {
      // The global setup seeded the reference data already.
      expect(await applySeedSteps(client, seedPlan({ demo: false }))).toEqual([]);
      const bumped = seedPlan({ demo: false }).map((s) => ({ ...s, version: `${s.version}-next` }));
      expect(await applySeedSteps(client, bumped)).toEqual(["countries"]);
      expect(await client.country.count()).toBe(195);
      expect(await client.region.count()).toBe(29);
      expect(await applySeedSteps(client, bumped)).toEqual([]);
      // Put the recorded version back for the other test files.
      await applySeedSteps(client, seedPlan({ demo: false }));
    } finally {
      await client.$disconnect();
    }
  });
});
