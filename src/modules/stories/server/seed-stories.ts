import "server-only";
import type { PrismaClient } from "@/lib/db/create-client";
import { countryFacts } from "@/modules/countries/server";
import { DEMO_STORIES } from "../seed/demo-stories";
import { insertStory } from "./write-story";

/** Fixed ids, so re-applying the step replaces the demo stories instead of adding copies. */
const demoId = (i: number) => `5d000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`;

/**
 * The demo mode's published stories (seed/demo-stories.ts), written by the app's own writer so
 * their derived columns (modality, places, search vector) are the ones an edit would give;
 * published a few weeks apart, the newest first in the lists.
 */
export async function seedDemoStories(client: PrismaClient): Promise<{ stories: number }> {
  const facts = await countryFacts(client);
  const ids = DEMO_STORIES.map((_, i) => demoId(i));
  await client.$transaction(async (tx) => {
    await tx.$executeRaw`DELETE FROM story WHERE id = ANY(${ids}::uuid[])`;
    for (const [i, input] of DEMO_STORIES.entries()) {
      await insertStory(tx, ids[i]!, input, null, { origin: "scratch" }, facts);
      await tx.$executeRaw`UPDATE story SET status = 'published', published_at = now() - make_interval(days => ${7 + i * 19}) WHERE id = ${ids[i]!}::uuid`;
    }
  });
  return { stories: DEMO_STORIES.length };
}
