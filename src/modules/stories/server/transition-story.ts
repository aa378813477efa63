import "server-only";
import { conflict, notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import { auditedWrite } from "@/modules/audit/server";
import type { StoryTransitionBody } from "../schemas";
import { storyTransitionTo } from "../state-machine";
import { auditActor, type SavedStory } from "./save-story";
import { storyById } from "./story-row";

/**
 * One step of a story's state machine (state-machine.ts), based on the version read: a story
 * changed meanwhile is a 409 with its current version and status; a step that does not exist
 * from its status, a 409 naming the status. Nothing is written then. The first publication
 * stamps published_at; republishing keeps it. The change and its audit row commit together.
 */
export async function transitionStory(user: CurrentUser, id: string, body: StoryTransitionBody, meta: RequestMeta): Promise<SavedStory> {
  return auditedWrite(async (tx) => {
    const s = await storyById(tx, id, { lock: true });
    if (!s) throw notFound("No such story");
    if (s.version !== body.version) throw conflict(`The story changed after you opened it (it is ${s.status}, version ${s.version}); nothing was written`, { version: s.version, status: s.status });
    const transition = storyTransitionTo(s.status, body.to);
    if (!transition) throw conflict(`A story that is ${s.status} cannot become ${body.to}`, { version: s.version, status: s.status });
    const [row] = await tx.$queryRaw<{ version: number }[]>`
      UPDATE story SET status = ${body.to}::"StoryStatus", version = version + 1, updated_at = now(),
        published_at = CASE WHEN ${body.to === "published"}::boolean THEN coalesce(published_at, now()) ELSE published_at END
      WHERE id = ${id}::uuid RETURNING version`;
    return {
      result: { id, version: row!.version, status: body.to },
      audit: { actor: auditActor(user), action: `story.${transition}`, outcome: "success", target: { type: "story", id }, meta, detail: { from: s.status, to: body.to } },
    };
  });
}
