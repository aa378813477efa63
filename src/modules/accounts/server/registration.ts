import "server-only";
import { db } from "@/lib/db";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { AppError, invalidInput } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { recordAudit } from "@/modules/audit/server";
import { enqueueEmail } from "@/modules/mail/server";
import { RATE_LIMITS, VERIFY_TOKEN_HOURS } from "../constants";
import type { RegisterInput } from "../schemas";
import { consumeToken, issueToken } from "./email-tokens";
import { absoluteUrl } from "./links";
import { hashPassword } from "./passwords";
import { countryExists, findUserByEmail } from "./users";

export function rateLimited(retryAfter: number): AppError {
  return new AppError("rate_limited", "Too many attempts; try again later", { retryAfterSeconds: retryAfter });
}

/**
 * Registers an account and emails a verification link. The answer is the same
 * whether or not the email is taken (the owner of a taken address gets an email
 * saying so instead), so registration cannot be used to discover accounts.
 */
export async function registerAccount(input: RegisterInput, meta: RequestMeta): Promise<void> {
  const limit = await hitRateLimit(`register:ip:${meta.ip ?? "unknown"}`, RATE_LIMITS.registerPerIp);
  if (!limit.allowed) throw rateLimited(limit.retryAfter);
  if (!(await countryExists(input.organisation.country))) {
    throw invalidInput([{ name: "organisation.country", reason: "unknown_country" }]);
  }
  const existing = await findUserByEmail(input.email);
  if (existing) {
    await enqueueEmail({
      to: existing.email,
      locale: existing.preferredLanguage,
      template: "accountExists",
      vars: { name: existing.name, link: absoluteUrl(`/${existing.preferredLanguage}/forgot-password`) },
    });
    await recordAudit({ actor: null, action: "account.register", outcome: "failure", target: { type: "user", id: existing.id }, meta, detail: { reason: "email_taken" } });
    return;
  }
  const passwordHash = await hashPassword(input.password);
  const user = await db().user.create({
    data: {
      email: input.email,
      name: input.name,
      passwordHash,
      preferredLanguage: input.lng,
      organisationName: input.organisation.name,
      organisationType: input.organisation.type,
      organisationCountry: input.organisation.country,
      roles: ["member"],
    },
  });
  const token = await issueToken(user.id, "verify_email", VERIFY_TOKEN_HOURS * 3_600_000);
  await enqueueEmail({
    to: user.email,
    locale: user.preferredLanguage,
    template: "verifyEmail",
    vars: { name: user.name, link: absoluteUrl(`/${user.preferredLanguage}/verify-email?token=${token}`), hours: String(VERIFY_TOKEN_HOURS) },
  });
  await recordAudit({ actor: { id: user.id, email: user.email, roles: user.roles }, action: "account.register", outcome: "success", target: { type: "user", id: user.id }, meta });
}

/** Confirms an email address from the link's token; false when the token is unknown, used or expired. */
export async function verifyEmail(token: string, meta: RequestMeta): Promise<boolean> {
  const userId = await consumeToken(token, "verify_email");
  if (!userId) return false;
  const user = await db().user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
  await recordAudit({ actor: { id: user.id, email: user.email, roles: user.roles }, action: "account.verify_email", outcome: "success", target: { type: "user", id: user.id }, meta });
  return true;
}
