import "server-only";
import type { PrismaClient } from "@/lib/db/create-client";
import { loadConsultantSeedWorld, loadGeneratedConsultants, type LoadProgress } from "./seed-loader";

export const DEMO_CONSULTANT_SEED = 42;

/**
 * Replaces the generated roster of `seed` (external_ref ROC-<seed>-…) with `count` fresh
 * profiles; other profiles are untouched. Assignments point at activities already there, so
 * this runs after the activities' seed.
 */
export async function seedGeneratedConsultants(
  client: PrismaClient,
  url: string,
  { count, seed, today, onProgress }: { count: number; seed: number; today?: string; onProgress?: (p: LoadProgress) => void },
) {
  await client.$executeRaw`DELETE FROM consultant WHERE external_ref LIKE ${`ROC-${seed}-%`}`;
  const world = await loadConsultantSeedWorld(client, today);
  return loadGeneratedConsultants(client, url, world, { count, seed, onProgress });
}
