import "server-only";
import type { PrismaClient } from "@/lib/db/create-client";
import { loadNamespace } from "@/lib/i18n/load";
import type { SeedLabels } from "../seed/generate";
import { SEED_LANGUAGES } from "../seed/templates";
import { loadGeneratedActivities, loadSeedWorld, type LoadProgress } from "./seed-loader";

export const DEMO_ACTIVITY_SEED = 42;

/** The activity-type and IP-area names of locales/<lng>/activities.json, for generated titles. */
export async function seedLabels(): Promise<SeedLabels> {
  const entries = await Promise.all(SEED_LANGUAGES.map(async (l) => [l, await loadNamespace(l, "activities")] as const));
  return {
    types: Object.fromEntries(entries.map(([l, ns]) => [l, ns.types])) as SeedLabels["types"],
    ipAreas: Object.fromEntries(entries.map(([l, ns]) => [l, ns.ipAreas])) as SeedLabels["ipAreas"],
  };
}

/** Replaces the generated set of `seed` with `count` fresh activities (other activities are untouched). */
export async function seedGeneratedActivities(
  client: PrismaClient,
  url: string,
  { count, seed, onProgress }: { count: number; seed: number; onProgress?: (p: LoadProgress) => void },
) {
  await client.$executeRaw`DELETE FROM activity WHERE external_ref LIKE ${`IPTAD-${seed}-%`}`;
  const world = await loadSeedWorld(client, await seedLabels());
  return loadGeneratedActivities(client, url, world, { count, seed, onProgress });
}
