import "server-only";
import { db } from "@/lib/db";
import type { ClaimedEmail } from "./claim-due";
import { MAX_ATTEMPTS, retryDelaySeconds } from "./delivery-policy";

/*
 * Each outcome is one statement of its own, made after the SMTP exchange. It applies only
 * while this worker still holds the row's lease, so a worker that lost its lease (it paused
 * longer than the lease) cannot overwrite what the next holder recorded. False when it did not apply.
 */

/** Delivered: the row is done, and the secrets in its body are removed (the recipient has them). */
export async function markSent(email: ClaimedEmail): Promise<boolean> {
  const { count } = await db().outboxEmail.updateMany({
    where: { id: email.id, leaseId: email.leaseId, status: "pending" },
    data: {
      status: "sent",
      sentAt: new Date(),
      lastError: null,
      leaseId: null,
      lockedUntil: null,
      ...(email.redactedBody === null ? {} : { textBody: email.redactedBody, redactedBody: null }),
    },
  });
  return count === 1;
}

/** Refused or unreachable: retried after the backoff, or given up (secrets removed) after the last attempt. */
export async function markFailedAttempt(email: ClaimedEmail, error: string, now: Date): Promise<{ applied: boolean; giveUp: boolean }> {
  const giveUp = email.attempts >= MAX_ATTEMPTS;
  const { count } = await db().outboxEmail.updateMany({
    where: { id: email.id, leaseId: email.leaseId, status: "pending" },
    data: {
      status: giveUp ? "failed" : "pending",
      lastError: error.slice(0, 1000),
      nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(email.attempts) * 1000),
      leaseId: null,
      lockedUntil: null,
      ...(giveUp && email.redactedBody !== null ? { textBody: email.redactedBody, redactedBody: null } : {}),
    },
  });
  return { applied: count === 1, giveUp };
}
