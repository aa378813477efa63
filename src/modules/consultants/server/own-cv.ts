import "server-only";
import { invalidInput } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { auditedWrite, type AuditActor } from "@/modules/audit/server";
import { cvFilename, cvProblem } from "../cv-check";
import { profileOfUser } from "./profile-row";

/**
 * Stores (or replaces) the CV of one's own profile: one PDF of at most 5 MB, checked by its
 * bytes (never the name or the type the browser claims). Refusals name the field `cv`. The
 * profile's version is left alone: a CV uploaded beside an open profile form does not make it stale.
 */
export async function saveOwnCv(actor: AuditActor, file: { bytes: Uint8Array; name: string }, meta: RequestMeta): Promise<{ filename: string; size: number }> {
  const problem = cvProblem(file.bytes);
  if (problem) throw invalidInput([{ name: "cv", reason: `cv_${problem}` }]);
  return auditedWrite(async (tx) => {
    const p = await profileOfUser(tx, actor.id, { lock: true });
    if (!p) throw invalidInput([{ name: "cv", reason: "cv_profile_first" }]);
    const filename = cvFilename(file.name, "cv");
    const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    await tx.$executeRaw`INSERT INTO consultant_cv (consultant_id, bytes, filename, uploaded_at) VALUES (${p.id}::uuid, ${bytes}, ${filename}, now())
      ON CONFLICT (consultant_id) DO UPDATE SET bytes = EXCLUDED.bytes, filename = EXCLUDED.filename, uploaded_at = EXCLUDED.uploaded_at`;
    return {
      result: { filename, size: bytes.byteLength },
      audit: { actor, action: p.cv_filename ? "consultant.cv_replace" : "consultant.cv_upload", outcome: "success", target: { type: "consultant", id: p.id }, meta, detail: { filename, bytes: bytes.byteLength } },
    };
  });
}

/** Removes the CV of one's own profile (nothing to remove is not an error). */
export function removeOwnCv(actor: AuditActor, meta: RequestMeta): Promise<{ removed: boolean }> {
  return auditedWrite(async (tx) => {
    const p = await profileOfUser(tx, actor.id, { lock: true });
    const removed = p ? (await tx.$executeRaw`DELETE FROM consultant_cv WHERE consultant_id = ${p.id}::uuid`) > 0 : false;
    return {
      result: { removed },
      audit: removed ? { actor, action: "consultant.cv_remove", outcome: "success", target: { type: "consultant", id: p!.id }, meta } : [],
    };
  });
}
