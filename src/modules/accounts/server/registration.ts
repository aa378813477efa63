import "server-only";
import { isUniqueViolation } from "@/lib/db/errors";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { AppError, invalidInput } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { auditedWrite } from "@/modules/audit/server";
import { enqueueEmail } from "@/modules/mail/server";
import { RATE_LIMITS, VERIFY_TOKEN_HOURS } from "../constants";
import type { RegisterInput } from "../schemas";
import { consumeToken, issueToken } from "./email-tokens";
import { absoluteUrl } from "./links";
import { hashPassword } from "./passwords";
import { countryExists, findUserByEmail, type UserRow } from "./users";

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
  if (existing) return answerTakenAddress(existing, meta);
  const passwordHash = await hashPassword(input.password);
  try {
    await createAccount(input, passwordHash, meta);
  } catch (error) {
    // Two registrations of one address at once: the second gets the same answer as any taken address.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findUserByEmail(input.email);
    if (winner) await answerTakenAddress(winner, meta);
  }
}

/** The owner of a taken address is told so by email; the registrant sees the usual answer. */
function answerTakenAddress(existing: UserRow, meta: RequestMeta): Promise<void> {
  return auditedWrite(async (tx) => {
    await enqueueEmail(
      {
        to: existing.email,
        locale: existing.preferredLanguage,
        template: "accountExists",
        vars: { name: existing.name, link: absoluteUrl(`/${existing.preferredLanguage}/forgot-password`) },
      },
      tx,
    );
    return { result: undefined, audit: { actor: null, action: "account.register", outcome: "failure", target: { type: "user", id: existing.id }, meta, detail: { reason: "email_taken" } } };
  });
}

/** The account, its verification token and email, and the audit row: all or nothing. */
function createAccount(input: RegisterInput, passwordHash: string, meta: RequestMeta): Promise<void> {
  return auditedWrite(async (tx) => {
    const user = await tx.user.create({
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
    const token = await issueToken(user.id, "verify_email", VERIFY_TOKEN_HOURS * 3_600_000, tx);
    await enqueueEmail(
      {
        to: user.email,
        locale: user.preferredLanguage,
        template: "verifyEmail",
        vars: { name: user.name, link: absoluteUrl(`/${user.preferredLanguage}/verify-email?token=${token}`), hours: String(VERIFY_TOKEN_HOURS) },
      },
      tx,
    );
    return { result: undefined, audit: { actor: { id: user.id, email: user.email, roles: user.roles }, action: "account.register", outcome: "success", target: { type: "user", id: user.id }, meta } };
  });
}

/** Confirms an email address from the link's token; false when the token is unknown, used or expired. */
export async function verifyEmail(token: string, meta: RequestMeta): Promise<boolean> {
  return auditedWrite(async (tx) => {
    const userId = await consumeToken(token, "verify_email", tx);
    if (!userId) return { result: false, audit: [] };
    const user = await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
    return { result: true, audit: { actor: { id: user.id, email: user.email, roles: user.roles }, action: "account.verify_email", outcome: "success", target: { type: "user", id: user.id }, meta } };
  });
}
