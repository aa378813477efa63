import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type DbTx } from "@/lib/db";

type Purpose = "verify_email" | "reset_password";

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A new single-use token; only its hash is stored. Earlier unused tokens of the same purpose
 * stop working. Pass the caller's transaction so the token exists only if its email is queued.
 */
export async function issueToken(userId: string, purpose: Purpose, ttlMs: number, tx: DbTx = db()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.emailToken.deleteMany({ where: { userId, purpose, usedAt: null } });
  await tx.emailToken.create({ data: { userId, purpose, tokenHash: digest(token), expiresAt: new Date(Date.now() + ttlMs) } });
  return token;
}

/** Marks the token used and returns its user, or null when unknown, used or expired. */
export async function consumeToken(token: string, purpose: Purpose, tx: DbTx = db()): Promise<string | null> {
  if (!token || token.length > 100) return null;
  const [claimed] = await tx.emailToken.updateManyAndReturn({
    where: { tokenHash: digest(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
    select: { userId: true },
  });
  return claimed?.userId ?? null;
}

/** The token's user if it is still usable, without using it up. */
export async function peekToken(token: string, purpose: Purpose): Promise<string | null> {
  if (!token || token.length > 100) return null;
  const row = await db().emailToken.findFirst({
    where: { tokenHash: digest(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    select: { userId: true },
  });
  return row?.userId ?? null;
}
