import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { conflict, forbidden, invalidInput, notFound } from "@/lib/errors";
import { pdfFilename, pdfProblem } from "@/lib/pdf-check";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import { auditedWrite } from "@/modules/audit/server";
import { ATTACHMENT_MAX_BYTES, MAX_ATTACHMENTS, PUBLIC_LISTING_STATUSES } from "../constants";
import { isEditable } from "../state-machine";
import { actorsFor } from "./listing-access";
import { listingById } from "./listing-row";

/** Adds a PDF to a listing (its owners and the secretariat, while the listing is not over), checked by its bytes. */
export async function addAttachment(user: CurrentUser, listingId: string, file: { bytes: Uint8Array; name: string }, meta: RequestMeta): Promise<{ id: string }> {
  const problem = pdfProblem(file.bytes, ATTACHMENT_MAX_BYTES);
  if (problem) throw invalidInput([{ name: "file", reason: problem }]);
  return auditedWrite(async (tx) => {
    const l = await listingById(tx, listingId, { lock: true });
    if (!l) throw notFound("No such listing");
    if (actorsFor(user, l).length === 0) throw forbidden("Only the listing's owners and the secretariat may add attachments");
    if (!isEditable(l.status)) throw conflict(`The listing is ${l.status}; it can no longer be changed`);
    const [n] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM listing_attachment WHERE listing_id = ${listingId}::uuid`;
    if ((n?.n ?? 0) >= MAX_ATTACHMENTS) throw invalidInput([{ name: "file", reason: "too_many" }]);
    const id = randomUUID();
    const filename = pdfFilename(file.name, "attachment");
    await tx.$executeRaw`INSERT INTO listing_attachment (id, listing_id, bytes, filename) VALUES (${id}::uuid, ${listingId}::uuid, ${Buffer.from(file.bytes)}, ${filename})`;
    await tx.$executeRaw`UPDATE listing SET last_activity_at = now() WHERE id = ${listingId}::uuid`;
    return { result: { id }, audit: { actor: { id: user.id, email: user.email, roles: user.roles }, action: "listing.attachment.add", outcome: "success", target: { type: "listing", id: listingId }, meta, detail: { attachmentId: id, filename, bytes: file.bytes.byteLength } } };
  });
}

export async function removeAttachment(user: CurrentUser, listingId: string, attachmentId: string, meta: RequestMeta): Promise<void> {
  await auditedWrite(async (tx) => {
    const l = await listingById(tx, listingId, { lock: true });
    if (!l) throw notFound("No such listing");
    if (actorsFor(user, l).length === 0) throw forbidden("Only the listing's owners and the secretariat may remove attachments");
    const removed = await tx.$executeRaw`DELETE FROM listing_attachment WHERE id = ${attachmentId}::uuid AND listing_id = ${listingId}::uuid`;
    if (removed === 0) throw notFound("No such attachment");
    return { result: undefined, audit: { actor: { id: user.id, email: user.email, roles: user.roles }, action: "listing.attachment.remove", outcome: "success", target: { type: "listing", id: listingId }, meta, detail: { attachmentId } } };
  });
}

/** An attachment's bytes: public with a public listing, else for its owners and the secretariat only (404 to others). */
export async function readAttachment(user: CurrentUser | null, listingId: string, attachmentId: string): Promise<{ bytes: Buffer; filename: string }> {
  const l = await listingById(db(), listingId);
  if (!l || (!(PUBLIC_LISTING_STATUSES as readonly string[]).includes(l.status) && actorsFor(user, l).length === 0)) throw notFound("No such attachment");
  const [a] = await db().$queryRaw<{ bytes: Buffer; filename: string }[]>`
    SELECT bytes, filename FROM listing_attachment WHERE id = ${attachmentId}::uuid AND listing_id = ${listingId}::uuid`;
  if (!a) throw notFound("No such attachment");
  return a;
}
