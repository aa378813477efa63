import "server-only";
import { db } from "@/lib/db";
import { hitRateLimit } from "@/lib/db/rate-limit";
import type { RequestMeta } from "@/lib/request-meta";
import { auditedWrite, recordEvent } from "@/modules/audit/server";
import { RATE_LIMITS } from "../constants";
import { verifyPassword } from "./passwords";
import type { UserRow } from "./users";

export type AuthResult =
  | { ok: true; user: UserRow }
  | { ok: false; reason: "invalid" | "unverified" | "inactive" }
  | { ok: false; reason: "rate_limited"; retryAfter: number };

/**
 * Checks an email and password. Limited to 10 attempts a minute per IP and per
 * account (in PostgreSQL, across instances). Wrong email and wrong password
 * give the same answer in the same time. Every attempt is audited.
 */
const normalise = (email: string) => email.trim().toLowerCase().slice(0, 254);

/** Counts a sign-in attempt; null when allowed, else the seconds to wait. Audits refusals. */
export async function signInRateLimit(emailInput: string, meta: RequestMeta): Promise<number | null> {
  const email = normalise(emailInput);
  const [byIp, byAccount] = await Promise.all([
    hitRateLimit(`sign-in:ip:${meta.ip ?? "unknown"}`, RATE_LIMITS.signInPerIp),
    hitRateLimit(`sign-in:account:${email}`, RATE_LIMITS.signInPerAccount),
  ]);
  if (byIp.allowed && byAccount.allowed) return null;
  await recordEvent({ actor: null, action: "auth.sign_in", outcome: "denied", meta, detail: { email, reason: "rate_limited" } });
  return Math.max(byIp.allowed ? 0 : byIp.retryAfter, byAccount.allowed ? 0 : byAccount.retryAfter);
}

export async function authenticate(
  emailInput: string,
  password: string,
  meta: RequestMeta,
  { alreadyCounted = false } = {},
): Promise<AuthResult> {
  const email = normalise(emailInput);
  if (!alreadyCounted) {
    const wait = await signInRateLimit(email, meta);
    if (wait !== null) return { ok: false, reason: "rate_limited", retryAfter: wait };
  }
  const user = email ? await db().user.findUnique({ where: { email } }) : null;
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid) {
    await recordEvent({
      actor: user ? { id: user.id, email: user.email, roles: user.roles } : null,
      action: "auth.sign_in",
      outcome: "failure",
      meta,
      detail: { email, reason: "invalid_credentials" },
    });
    return { ok: false, reason: "invalid" };
  }
  const actor = { id: user.id, email: user.email, roles: user.roles };
  if (!user.active) {
    await recordEvent({ actor, action: "auth.sign_in", outcome: "failure", meta, detail: { reason: "inactive" } });
    return { ok: false, reason: "inactive" };
  }
  if (!user.emailVerifiedAt) {
    await recordEvent({ actor, action: "auth.sign_in", outcome: "failure", meta, detail: { reason: "unverified" } });
    return { ok: false, reason: "unverified" };
  }
  const signedIn = await auditedWrite(async (tx) => ({
    result: await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
    audit: { actor, action: "auth.sign_in", outcome: "success", target: { type: "user", id: user.id }, meta },
  }));
  return { ok: true, user: signedIn };
}
