import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { LEASE_SECONDS, MAX_ATTEMPTS } from "./delivery-policy";

/** A row this worker holds the lease of, with what it needs to send it. */
export interface ClaimedEmail {
  id: string;
  to: string;
  subject: string;
  textBody: string;
  redactedBody: string | null;
  /** Counting this one: the attempt is counted when the row is claimed. */
  attempts: number;
  leaseId: string;
}

/**
 * Claims up to `batch` due rows in one short statement (its own transaction): rows are
 * locked with FOR UPDATE SKIP LOCKED only while the statement runs, so two instances never
 * claim the same row, and the lease is committed before any SMTP traffic starts. A row is due
 * when it waits for its next attempt and no live lease holds it. `now` replaces the
 * database's clock (tests); by default every instance compares leases on that one clock.
 */
export async function claimDueEmails(batch: number, now?: Date): Promise<ClaimedEmail[]> {
  const leaseId = randomUUID();
  const clock = now ?? null;
  await failExhausted(clock);
  const rows = await db().$queryRaw<{ id: string; to: string; subject: string; text_body: string; redacted_body: string | null; attempts: number }[]>`
    WITH due AS MATERIALIZED (
      SELECT id FROM outbox_email
      WHERE status = 'pending'
        AND next_attempt_at <= COALESCE(${clock}::timestamptz, now())
        AND (locked_until IS NULL OR locked_until <= COALESCE(${clock}::timestamptz, now()))
        AND attempts < ${MAX_ATTEMPTS}
      ORDER BY next_attempt_at
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE outbox_email o
    SET attempts = o.attempts + 1,
        lease_id = ${leaseId}::uuid,
        locked_until = COALESCE(${clock}::timestamptz, now()) + make_interval(secs => ${LEASE_SECONDS})
    FROM due WHERE o.id = due.id
    RETURNING o.id, o."to", o.subject, o.text_body, o.redacted_body, o.attempts`;
  return rows.map((r) => ({ id: r.id, to: r.to, subject: r.subject, textBody: r.text_body, redactedBody: r.redacted_body, attempts: Number(r.attempts), leaseId }));
}

/**
 * A row whose last attempt was claimed by a worker that then stopped (its lease expired) has
 * no attempt left: it is given up like any other, its secrets removed.
 */
async function failExhausted(clock: Date | null): Promise<void> {
  await db().$executeRaw`
    UPDATE outbox_email
    SET status = 'failed', lease_id = NULL, locked_until = NULL,
        text_body = COALESCE(redacted_body, text_body), redacted_body = NULL,
        last_error = COALESCE(last_error, 'the worker stopped during the last attempt (it may have been delivered)')
    WHERE status = 'pending' AND attempts >= ${MAX_ATTEMPTS}
      AND (locked_until IS NULL OR locked_until <= COALESCE(${clock}::timestamptz, now()))`;
}

/** Hands back rows this worker claimed but will not send now: no attempt was made, none is counted. */
export async function releaseClaims(emails: ClaimedEmail[]): Promise<number> {
  if (!emails.length) return 0;
  const { count } = await db().outboxEmail.updateMany({
    where: { id: { in: emails.map((e) => e.id) }, leaseId: emails[0]!.leaseId, status: "pending" },
    data: { leaseId: null, lockedUntil: null, attempts: { decrement: 1 } },
  });
  return count;
}
