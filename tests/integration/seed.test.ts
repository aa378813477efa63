import { inject, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { applySeedSteps } from "@/lib/db/seed-steps";
import { Definition } from "@/modules/questionnaire/definition";
import { VERSION_1 } from "@/modules/questionnaire/seed/version-1";
import { generateMatchmakingSet } from "@/modules/matchmaking/seed/generate";
import { DEMO_MATCHMAKING_SEED, loadMatchmakingSeedWorld } from "@/modules/matchmaking/server/seed-listings";
import { insertListing } from "@/modules/matchmaking/server/write-listing";
import { seedPlan } from "../../scripts/lib/seed-plan";

describe("seeding", () => {
  it("applies each step once, and again only when its version changes", async () => {
    const client = createDbClient({ url: inject("databaseUrl") });
    try {
      // The global setup seeded the reference data already.
      expect(await applySeedSteps(client, seedPlan({ demo: false }))).toEqual([]);
      const bumped = seedPlan({ demo: false }).map((s) => ({ ...s, version: `${s.version}-next` }));
      expect(await applySeedSteps(client, bumped)).toEqual(["countries", "questionnaire-v1"]);
      expect(await client.country.count()).toBe(195);
      expect(await client.region.count()).toBe(29);
      // Questionnaire version 1 and its round are there once, the definition stored parsed (defaults filled in).
      const versions = await client.questionnaireVersion.findMany({ where: { number: 1 } });
      expect(versions).toHaveLength(1);
      expect(versions[0]!.definition).toEqual(Definition.parse(VERSION_1));
      const rounds = await client.questionnaireRound.findMany({ where: { name: "2027" } });
      expect(rounds.map((r) => [r.versionId, r.opensOn.toISOString().slice(0, 10), r.deadline.toISOString().slice(0, 10)])).toEqual([[versions[0]!.id, "2026-11-01", "2027-06-30"]]);
      expect(await applySeedSteps(client, bumped)).toEqual([]);
      // Put the recorded version back for the other test files.
      await applySeedSteps(client, seedPlan({ demo: false }));
    } finally {
      await client.$disconnect();
    }
  });

  it("seeds the demo data in order, matchmaking then the stories last, owned in part by the demo accounts; re-applied only on a new version", async () => {
    const url = inject("databaseUrl");
    const client = createDbClient({ url });
    const saved = { a: process.env.ACTIVITIES_DEMO_COUNT, c: process.env.CONSULTANTS_DEMO_COUNT, m: process.env.MATCHMAKING_DEMO_COUNT };
    Object.assign(process.env, { ACTIVITIES_DEMO_COUNT: "150", CONSULTANTS_DEMO_COUNT: "40", MATCHMAKING_DEMO_COUNT: "120" });
    const demoSteps = seedPlan({ demo: true, url }).filter((s) => s.kind === "demo").map((s) => s.name);
    try {
      expect(demoSteps.slice(-2)).toEqual(["demo-matchmaking", "demo-stories"]);
      expect(demoSteps.indexOf("demo-matchmaking")).toBeGreaterThan(demoSteps.indexOf("demo-consultants"));
      expect(await applySeedSteps(client, seedPlan({ demo: true, url }))).toEqual(demoSteps);
      const [counts] = await client.$queryRaw<{ listings: number; public: number; languages: number; interests: number; matches: number; public_matches: number; triangular: number }[]>`
        SELECT (SELECT count(*)::int FROM listing WHERE external_ref LIKE 'MM-42-%') AS listings,
          (SELECT count(*)::int FROM listing WHERE external_ref LIKE 'MM-42-%' AND status IN ('published', 'in_discussion', 'matched')) AS public,
          (SELECT count(DISTINCT l)::int FROM listing, unnest(text_locales) l WHERE external_ref LIKE 'MM-42-%') AS languages,
          (SELECT count(*)::int FROM listing_interest i JOIN listing l ON l.id = i.listing_id WHERE l.external_ref LIKE 'MM-42-%') AS interests,
          (SELECT count(*)::int FROM match WHERE external_ref LIKE 'MM-42-%') AS matches,
          (SELECT count(*)::int FROM match WHERE external_ref LIKE 'MM-42-%' AND is_public) AS public_matches,
          (SELECT count(*)::int FROM match WHERE external_ref LIKE 'MM-42-%' AND modality = 'triangular') AS triangular`;
      expect(counts!.listings).toBe(120);
      // Six published stories written by the app's writer: modality derived (an IGO, a developed donor → triangular).
      const stories = await client.$queryRaw<{ modality: string; n: number }[]>`
        SELECT modality::text, count(*)::int AS n FROM story WHERE id::text LIKE '5d000000-%' AND status = 'published' AND search_vector IS NOT NULL GROUP BY 1 ORDER BY 1`;
      expect(stories).toEqual([{ modality: "south_south", n: 4 }, { modality: "triangular", n: 2 }]);
      expect(counts!.public).toBeGreaterThan(60);
      expect(counts!.languages).toBeGreaterThanOrEqual(5);
      expect(counts!.interests).toBe(120);
      expect(counts!.matches).toBe(12);
      expect(counts!.public_matches).toBeGreaterThan(0);
      const owned = await client.$queryRaw<{ email: string; kind: string; n: number }[]>`
        SELECT u.email::text AS email, l.kind::text AS kind, count(*)::int AS n FROM listing l JOIN app_user u ON u.id = l.owner_id
        WHERE u.email IN ('focal.eg@demo.test', 'partner@demo.test') GROUP BY 1, 2 ORDER BY 1, 2`;
      expect(owned).toEqual([
        { email: "focal.eg@demo.test", kind: "need", n: 12 },
        { email: "partner@demo.test", kind: "offer", n: 10 },
      ]);
      // Every match joins a need (beneficiary) and an offer (provider), both now matched.
      const [parties] = await client.$queryRaw<{ bad: number }[]>`
        SELECT count(*)::int AS bad FROM match m WHERE m.external_ref LIKE 'MM-42-%' AND NOT EXISTS (
          SELECT 1 FROM match_party b JOIN listing n ON n.id = b.listing_id, match_party p JOIN listing o ON o.id = p.listing_id
          WHERE b.match_id = m.id AND b.role = 'beneficiary' AND n.kind = 'need' AND n.status = 'matched'
            AND p.match_id = m.id AND p.role = 'provider' AND o.kind = 'offer' AND o.status = 'matched')`;
      expect(parties!.bad).toBe(0);
      expect(await applySeedSteps(client, seedPlan({ demo: true, url }))).toEqual([]);
      process.env.MATCHMAKING_DEMO_COUNT = "100";
      expect(await applySeedSteps(client, seedPlan({ demo: true, url }))).toEqual(["demo-matchmaking"]);
      expect(await client.listing.count({ where: { externalRef: { startsWith: "MM-42-" } } })).toBe(100);

      // The seed's derived columns are exactly what the app's writer computes for the same input.
      const world = await loadMatchmakingSeedWorld(client);
      const { listings } = generateMatchmakingSet(world, DEMO_MATCHMAKING_SEED, { listings: 100, interests: 100, matches: 10 });
      const derived = (id: string) => client.$queryRaw<unknown[]>`
        SELECT owner_country, organisation, organisation_type::text, title, description, text_locales, support_type::text, forms::text[], ip_areas::text[],
          themes::text[], countries, regions, place_regions, place_statuses, languages, budget_min::text, budget_max::text, currency, deadline::text, timeframe,
          contact_name, contact_email, contact_phone, search_vector::text, title_tokens
        FROM listing WHERE id = ${id}::uuid`;
      for (const l of listings.slice(0, 25)) {
        const copyId = crypto.randomUUID();
        await insertListing(client, copyId, l.input, l.ownerId);
        const seeded = await derived(l.id);
        expect(seeded).toHaveLength(1);
        expect(await derived(copyId)).toEqual(seeded);
        await client.$executeRaw`DELETE FROM listing WHERE id = ${copyId}::uuid`;
      }
    } finally {
      // Leave the database as the other files expect it: no demo data.
      await client.$executeRaw`DELETE FROM match WHERE external_ref LIKE 'MM-42-%'`;
      await client.$executeRaw`DELETE FROM listing WHERE external_ref LIKE 'MM-42-%'`;
      await client.$executeRaw`DELETE FROM consultant WHERE external_ref LIKE 'ROC-42-%'`;
      await client.$executeRaw`DELETE FROM activity WHERE external_ref LIKE 'IPTAD-42-%'`;
      await client.$executeRaw`DELETE FROM app_user WHERE email LIKE 'mm-42-%@example.org' OR email LIKE '%@demo.test'`;
      await client.$executeRaw`DELETE FROM seed_step WHERE name = ANY(${demoSteps}::text[])`;
      for (const [k, v] of [["ACTIVITIES_DEMO_COUNT", saved.a], ["CONSULTANTS_DEMO_COUNT", saved.c], ["MATCHMAKING_DEMO_COUNT", saved.m]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await client.$disconnect();
    }
  }, 120_000);
});
