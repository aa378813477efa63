import "server-only";
import { conflict, notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { revokeRoleIn } from "@/modules/accounts/server";
import { auditedWrite, type AuditActor } from "@/modules/audit/server";
import { nextStatus } from "../state-machine";
import { profileOfUser } from "./profile-row";

/**
 * Withdraws one's own profile (from draft, submitted, returned or approved): it leaves review and
 * the search, and an approved one takes the consultant role with it (granted on approval).
 */
export function withdrawOwnProfile(actor: AuditActor, expectedVersion: number, meta: RequestMeta): Promise<{ version: number }> {
  return auditedWrite(async (tx) => {
    const p = await profileOfUser(tx, actor.id, { lock: true });
    if (!p) throw notFound("You have no roster profile");
    if (p.version !== expectedVersion) throw conflict("Your profile changed after you opened it; nothing was written", { version: p.version });
    const to = nextStatus(p.status, "withdraw");
    if (!to) throw conflict(`A ${p.status} profile cannot be withdrawn`, { version: p.version });
    const [row] = await tx.$queryRaw<{ version: number }[]>`
      UPDATE consultant SET status = ${to}::"ConsultantStatus", version = version + 1, updated_at = now() WHERE id = ${p.id}::uuid RETURNING version`;
    const revoked = p.status === "approved" ? await revokeRoleIn(tx, actor, actor.id, "consultant", meta) : null;
    return {
      result: { version: row!.version },
      audit: [{ actor, action: "consultant.withdraw", outcome: "success", target: { type: "consultant", id: p.id }, meta, detail: { from: p.status, to } }, ...(revoked ? [revoked] : [])],
    };
  });
}

/**
 * "My profile is up to date": an approved profile's confirmation date becomes now (a stale one
 * comes back into the default search) and the next reminder is due 11 months later.
 */
export function confirmOwnProfile(actor: AuditActor, meta: RequestMeta, expectedVersion?: number): Promise<{ confirmedAt: Date }> {
  return auditedWrite(async (tx) => {
    const p = await profileOfUser(tx, actor.id, { lock: true });
    if (!p) throw notFound("You have no roster profile");
    if (expectedVersion !== undefined && p.version !== expectedVersion) throw conflict("Your profile changed after you opened it; nothing was written", { version: p.version });
    if (p.status !== "approved") throw conflict("Only an approved profile is confirmed; this one is " + p.status);
    const [row] = await tx.$queryRaw<{ last_confirmed_at: Date }[]>`
      UPDATE consultant SET last_confirmed_at = now(), reminded_at = NULL, updated_at = now() WHERE id = ${p.id}::uuid RETURNING last_confirmed_at`;
    return {
      result: { confirmedAt: row!.last_confirmed_at },
      audit: { actor, action: "consultant.confirm", outcome: "success", target: { type: "consultant", id: p.id }, meta, detail: { previous: p.last_confirmed_at.toISOString() } },
    };
  });
}
