import "server-only";
import { db } from "@/lib/db";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { invalidInput } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { auditedWrite } from "@/modules/audit/server";
import { enqueueEmail } from "@/modules/mail/server";
import { RATE_LIMITS, RESET_TOKEN_MINUTES } from "../constants";
import { passwordProblems } from "../password-rules";
import { consumeToken, issueToken, peekToken } from "./email-tokens";
import { absoluteUrl } from "./links";
import { hashPassword } from "./passwords";
import { rateLimited } from "./registration";

/** Emails a reset link when the account exists; answers the same either way. 5 a minute per IP and per address. */
export async function requestPasswordReset(emailInput: string, meta: RequestMeta): Promise<void> {
  const email = emailInput.trim().toLowerCase().slice(0, 254);
  const [byIp, byAccount] = await Promise.all([
    hitRateLimit(`reset:ip:${meta.ip ?? "unknown"}`, RATE_LIMITS.resetPerIp),
    hitRateLimit(`reset:account:${email}`, RATE_LIMITS.resetPerAccount),
  ]);
  if (!byIp.allowed || !byAccount.allowed) throw rateLimited(Math.max(byIp.retryAfter, byAccount.retryAfter));
  const user = await db().user.findUnique({ where: { email } });
  if (!user || !user.active) return;
  await auditedWrite(async (tx) => {
    const token = await issueToken(user.id, "reset_password", RESET_TOKEN_MINUTES * 60_000, tx);
    await enqueueEmail(
      {
        to: user.email,
        locale: user.preferredLanguage,
        template: "resetPassword",
        vars: { name: user.name, link: absoluteUrl(`/${user.preferredLanguage}/reset-password?token=${token}`), minutes: String(RESET_TOKEN_MINUTES) },
      },
      tx,
    );
    return { result: undefined, audit: { actor: null, action: "account.password_reset_request", outcome: "success", target: { type: "user", id: user.id }, meta } };
  });
}

/** Sets a new password from a reset token; ends every existing session of the account. */
export async function resetPassword(token: string, password: string, meta: RequestMeta): Promise<"ok" | "invalid_token"> {
  const owner = await peekToken(token, "reset_password");
  if (!owner) return "invalid_token";
  const user = await db().user.findUniqueOrThrow({ where: { id: owner } });
  // A weak password must not use up the link.
  const problems = passwordProblems(password, { email: user.email });
  if (problems.length) throw invalidInput(problems.map((p) => ({ name: "password", reason: p })));
  const passwordHash = await hashPassword(password);
  return auditedWrite(async (tx) => {
    // The token is used up only together with the new password: a failure leaves the link working.
    const userId = await consumeToken(token, "reset_password", tx);
    if (userId !== owner) return { result: "invalid_token" as const, audit: [] };
    const updated = await tx.user.update({
      where: { id: userId },
      // Following a reset link proves the address too.
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
    });
    await enqueueEmail({ to: updated.email, locale: updated.preferredLanguage, template: "passwordChanged", vars: { name: updated.name } }, tx);
    const actor = { id: updated.id, email: updated.email, roles: updated.roles };
    return { result: "ok" as const, audit: { actor, action: "account.password_reset", outcome: "success", target: { type: "user", id: updated.id }, meta } };
  });
}
