import "server-only";
import { conflict, forbidden, notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import { auditedWrite, type AuditActor } from "@/modules/audit/server";
import type { EmailTemplate } from "@/modules/mail/server";
import type { ListingStatus } from "../constants";
import type { TransitionBody } from "../schemas";
import { canTake, transitionTo, type Actor, type ListingTransition } from "../state-machine";
import { actorsFor } from "./listing-access";
import { listingById } from "./listing-row";
import { emailEach, ownerRecipients, secretariatRecipients } from "./notify";
import { kickSuggestionNotices, queueSuggestionNotices } from "./suggestion-notices";

const EMAIL_OF: Partial<Record<ListingTransition, EmailTemplate>> = {
  publish: "listingPublished",
  return: "listingReturned",
  reject: "listingRejected",
  expire: "listingExpired",
};

/**
 * One step of a listing's state machine, based on the version the person read: a listing
 * changed meanwhile, or a step that does not exist from its status, is a 409 naming the status;
 * a step this person may not take, a 403. Of twenty people pressing "publish" at once, the row
 * lock lets one through and the others find the new version. The change, its audit row and the
 * owners' email commit together; a published offer's suggestion emails are queued with them
 * and sent after the commit (suggestion-notices.ts).
 */
export async function transitionListing(user: CurrentUser | null, id: string, body: TransitionBody, meta: RequestMeta, { system = false } = {}): Promise<{ status: ListingStatus; version: number }> {
  const moved = await auditedWrite(async (tx) => {
    const l = await listingById(tx, id, { lock: true });
    if (!l) throw notFound("No such listing");
    const actors: Actor[] = system ? ["system"] : actorsFor(user, l);
    if (!system && actors.length === 0) throw forbidden("Only the listing's owners and the secretariat may change its status");
    if (l.version !== body.version) throw conflict(`The listing changed after you opened it (it is ${l.status}, version ${l.version}); nothing was written`, { version: l.version, status: l.status });
    const transition = transitionTo(l.status, body.to);
    if (!transition) throw conflict(`A listing that is ${l.status} cannot become ${body.to}`, { version: l.version, status: l.status });
    if (!canTake(l.status, transition, actors)) throw forbidden(`You may not ${transition} this listing`);
    if (transition === "renew" && l.deadline !== null && l.deadline < new Date().toISOString().slice(0, 10)) {
      throw conflict("The listing's deadline has passed: set a new deadline (or none) before renewing it", { version: l.version, status: l.status });
    }
    const comment = transition === "return" || transition === "reject" ? body.comment.trim() : null;
    const [row] = await tx.$queryRaw<{ version: number }[]>`
      UPDATE listing SET status = ${body.to}::"ListingStatus", version = version + 1, updated_at = now(),
        review_comment = CASE WHEN ${comment !== null}::boolean THEN ${comment} ELSE review_comment END,
        submitted_at = CASE WHEN ${transition === "submit"}::boolean THEN now() ELSE submitted_at END,
        published_at = CASE WHEN ${transition === "publish"}::boolean THEN now() ELSE published_at END,
        matched_at = CASE WHEN ${transition === "match"}::boolean THEN now() ELSE matched_at END,
        last_activity_at = CASE WHEN ${transition !== "expire"}::boolean THEN now() ELSE last_activity_at END,
        reminded_at = CASE WHEN ${transition === "renew"}::boolean THEN NULL ELSE reminded_at END
      WHERE id = ${id}::uuid RETURNING version`;
    const template = EMAIL_OF[transition];
    if (template) await emailEach(tx, await ownerRecipients(tx, l), template, { texts: { title: l.title }, path: `/matchmaking/listings/${id}`, vars: { comment: comment ?? "" } });
    if (transition === "submit") await emailEach(tx, await secretariatRecipients(tx), "listingSubmitted", { texts: { title: l.title }, path: "/matchmaking/moderation" });
    if ((transition === "publish" || transition === "renew") && l.kind === "offer") await queueSuggestionNotices(tx, id);
    const actor: AuditActor | null = user ? { id: user.id, email: user.email, roles: user.roles } : null;
    return {
      result: { status: body.to, version: row!.version },
      audit: { actor, action: `listing.${transition}`, outcome: "success", target: { type: "listing", id }, meta, detail: { from: l.status, to: body.to, ...(comment ? { comment } : {}) } },
    };
  });
  if (body.to === "published") kickSuggestionNotices();
  return moved;
}
