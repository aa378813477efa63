import "server-only";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { auditedWrite } from "@/modules/audit/server";
import { EXPIRE_AFTER_MONTHS, REMIND_BEFORE_EXPIRY_DAYS } from "../constants";
import { emailEach, ownerRecipients } from "./notify";
import { transitionListing } from "./transition-listing";
import type { RequestMeta } from "@/lib/request-meta";

const SYSTEM_META: RequestMeta = { ip: null, requestId: null, userAgent: null };

/**
 * When an open listing expires: at its deadline (the day after), or twelve months after its last
 * activity (an edit, an interest, an answer, a renewal), whichever comes first.
 */
export const EXPIRES_ON = Prisma.sql`least(coalesce(deadline + 1, 'infinity'::date), (last_activity_at + make_interval(months => ${EXPIRE_AFTER_MONTHS}::int))::date)`;

/**
 * Reminds the owners of open listings that expire within a month (once per period of activity:
 * a renewal or any activity clears `reminded_at`). Batches skip rows another instance holds.
 */
export async function remindExpiringListings(batch = 200): Promise<number> {
  return auditedWrite(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; owner_id: string | null; kind: string; owner_country: string | null; title: unknown; expires_on: string }[]>`
      SELECT id, owner_id, kind::text AS kind, owner_country, title, ${EXPIRES_ON}::text AS expires_on FROM listing
      WHERE status IN ('published', 'in_discussion') AND reminded_at IS NULL AND ${EXPIRES_ON} <= current_date + ${REMIND_BEFORE_EXPIRY_DAYS}::int
      ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
    for (const l of due) {
      await tx.$executeRaw`UPDATE listing SET reminded_at = now() WHERE id = ${l.id}::uuid`;
      await emailEach(tx, await ownerRecipients(tx, l), "listingExpiring", { texts: { title: l.title }, path: `/matchmaking/listings/${l.id}`, vars: { date: l.expires_on } });
    }
    return {
      result: due.length,
      audit: due.length ? { actor: null, action: "listing.remind_expiry", outcome: "success", detail: { listings: due.map((l) => l.id) } } : [],
    };
  });
}

/** Expires every open listing past its date, each through the state machine (audited, owners emailed). */
export async function expireListings(batch = 500): Promise<number> {
  const due = await db().$queryRaw<{ id: string; version: number }[]>`
    SELECT id, version FROM listing WHERE status IN ('published', 'in_discussion') AND ${EXPIRES_ON} <= current_date ORDER BY id LIMIT ${batch}`;
  let expired = 0;
  for (const l of due) {
    try {
      await transitionListing(null, l.id, { to: "expired", version: l.version, comment: "" }, SYSTEM_META, { system: true });
      expired++;
    } catch (e) {
      // Another instance, or the owner, got there first: the next run sees the new state.
      if (!(e instanceof AppError && e.kind === "conflict")) throw e;
    }
  }
  return expired;
}
