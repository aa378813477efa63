import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { conflict, invalidInput, notFound } from "@/lib/errors";
import { imageCheck } from "@/lib/image-check";
import type { LocalizedText } from "@/lib/i18n/locales";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import { auditedWrite } from "@/modules/audit/server";
import { IMAGE_MAX_BYTES, MAX_IMAGES } from "../constants";
import { imageAltSchema } from "../schemas";
import { isStoryEditable } from "../state-machine";
import { managesStories } from "./get-story";
import { auditActor } from "./save-story";
import { storyById } from "./story-row";

/**
 * Adds an image to a story (the caller checked `stories.manage`): PNG, JPEG or WebP by its
 * bytes (src/lib/image-check.ts), at most 2 MB, ten per story, with its alternative text per
 * language. The type stored is the one the bytes show, never the one the client claims.
 * Adding one counts as an edit: the story's version goes up.
 */
export async function addStoryImage(user: CurrentUser, storyId: string, file: { bytes: Uint8Array; alt: unknown }, meta: RequestMeta): Promise<{ id: string; version: number }> {
  const checked = imageCheck(file.bytes, IMAGE_MAX_BYTES);
  const alt = imageAltSchema.safeParse(file.alt);
  const problems = [
    ...("problem" in checked ? [{ name: "file", reason: checked.problem === "too_large" ? "too_large_file" : checked.problem }] : []),
    ...(alt.success ? [] : alt.error.issues.map((i) => ({ name: ["alt", ...i.path].join("."), reason: i.message }))),
  ];
  if (problems.length || "problem" in checked || !alt.success) throw invalidInput(problems);
  return auditedWrite(async (tx) => {
    const s = await storyById(tx, storyId, { lock: true });
    if (!s) throw notFound("No such story");
    if (!isStoryEditable(s.status)) throw conflict(`The story is ${s.status}; republish it before changing its images`, { version: s.version, status: s.status });
    if (s.images.length >= MAX_IMAGES) throw invalidInput([{ name: "file", reason: "too_many" }]);
    const id = randomUUID();
    const position = s.images.reduce((max, i) => Math.max(max, i.position + 1), 0);
    await tx.$executeRaw`INSERT INTO story_image (id, story_id, bytes, mime_type, alt, position)
      VALUES (${id}::uuid, ${storyId}::uuid, ${Buffer.from(file.bytes)}, ${checked.type}, ${JSON.stringify(alt.data as LocalizedText)}::jsonb, ${position})`;
    const [row] = await tx.$queryRaw<{ version: number }[]>`UPDATE story SET version = version + 1, updated_at = now() WHERE id = ${storyId}::uuid RETURNING version`;
    return {
      result: { id, version: row!.version },
      audit: { actor: auditActor(user), action: "story.image.add", outcome: "success", target: { type: "story", id: storyId }, meta, detail: { imageId: id, type: checked.type, bytes: file.bytes.byteLength } },
    };
  });
}

export async function removeStoryImage(user: CurrentUser, storyId: string, imageId: string, meta: RequestMeta): Promise<{ version: number }> {
  return auditedWrite(async (tx) => {
    const s = await storyById(tx, storyId, { lock: true });
    if (!s) throw notFound("No such story");
    if (!isStoryEditable(s.status)) throw conflict(`The story is ${s.status}; republish it before changing its images`, { version: s.version, status: s.status });
    const removed = await tx.$executeRaw`DELETE FROM story_image WHERE id = ${imageId}::uuid AND story_id = ${storyId}::uuid`;
    if (removed === 0) throw notFound("No such image");
    const [row] = await tx.$queryRaw<{ version: number }[]>`UPDATE story SET version = version + 1, updated_at = now() WHERE id = ${storyId}::uuid RETURNING version`;
    return {
      result: { version: row!.version },
      audit: { actor: auditActor(user), action: "story.image.remove", outcome: "success", target: { type: "story", id: storyId }, meta, detail: { imageId } },
    };
  });
}

/** An image's bytes and type: public with a published story, else for the secretariat only (404 to others). */
export async function readStoryImage(user: CurrentUser | null, storyId: string, imageId: string): Promise<{ bytes: Buffer; mimeType: string; published: boolean }> {
  const [row] = await db().$queryRaw<{ bytes: Buffer; mime_type: string; status: string }[]>`
    SELECT i.bytes, i.mime_type, s.status::text AS status FROM story_image i JOIN story s ON s.id = i.story_id
    WHERE i.id = ${imageId}::uuid AND i.story_id = ${storyId}::uuid`;
  if (!row || (row.status !== "published" && !managesStories(user))) throw notFound("No such image");
  return { bytes: row.bytes, mimeType: row.mime_type, published: row.status === "published" };
}
