import "server-only";
import { randomUUID } from "node:crypto";
import { isUniqueViolation } from "@/lib/db/errors";
import { conflict, invalidInput, notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import { auditedWrite } from "@/modules/audit/server";
import type { StoryStatus } from "../constants";
import { storyInputSchema, type StoryInput, type StoryPatch } from "../schemas";
import { isStoryEditable } from "../state-machine";
import { inputOf, storyById } from "./story-row";
import { insertStory, updateStoryRow, type StoryOriginRef } from "./write-story";

export const auditActor = (u: CurrentUser) => ({ id: u.id, email: u.email, roles: u.roles });

export interface SavedStory {
  id: string;
  version: number;
  status: StoryStatus;
}

/**
 * A new story, as a draft, with its audit row in the same transaction. The caller has checked
 * `stories.manage` (the route's authorize, or the action wrapper); `ref` says where it came from.
 */
export async function createStory(user: CurrentUser, input: StoryInput, meta: RequestMeta, ref: StoryOriginRef = { origin: "scratch" }): Promise<SavedStory> {
  const id = randomUUID();
  // Two people starting a story from the same initiative or match at once: the unique index lets one through.
  const written = auditedWrite(async (tx) => {
    await insertStory(tx, id, input, user.id, ref);
    return {
      result: { id, version: 1, status: "draft" as const },
      audit: {
        actor: auditActor(user),
        action: "story.create",
        outcome: "success",
        target: { type: "story", id },
        meta,
        detail: { origin: ref.origin, ...(ref.responseId ? { responseId: ref.responseId, index: ref.initiativeIndex } : {}), ...(ref.matchId ? { matchId: ref.matchId } : {}) },
      },
    };
  });
  return written.catch((error: unknown) => {
    if (isUniqueViolation(error)) throw conflict(`A story from this ${ref.origin} exists already; nothing was written`);
    throw error;
  });
}

/**
 * An edit based on the version the editor read: a story changed meanwhile is a 409 carrying
 * the story as it is now (`current`: its version, status and input, so the form shows both),
 * nothing written. An archived story is not edited (republish it first).
 */
export async function updateStory(user: CurrentUser, id: string, patch: StoryPatch, meta: RequestMeta): Promise<SavedStory> {
  return auditedWrite(async (tx) => {
    const s = await storyById(tx, id, { lock: true });
    if (!s) throw notFound("No such story");
    if (s.version !== patch.version) {
      throw conflict(`The story changed after you opened it (version ${s.version}, yours ${patch.version}); nothing was written`, { version: s.version, status: s.status, story: inputOf(s) });
    }
    if (!isStoryEditable(s.status)) throw conflict(`The story is ${s.status}; republish it before editing`, { version: s.version, status: s.status, story: inputOf(s) });
    const { version: _v, ...fields } = patch;
    const merged = storyInputSchema.safeParse({ ...inputOf(s), ...fields });
    if (!merged.success) throw invalidInput(merged.error.issues.map((i) => ({ name: i.path.join(".") || "body", reason: i.message })));
    const version = await updateStoryRow(tx, id, merged.data);
    return {
      result: { id, version, status: s.status },
      audit: { actor: auditActor(user), action: "story.update", outcome: "success", target: { type: "story", id }, meta, detail: { fields: Object.keys(fields).sort() } },
    };
  });
}
