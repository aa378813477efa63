import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError, conflict, forbidden, invalidInput } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { absoluteUrl } from "@/modules/accounts/server";
import { auditedWrite, type AuditActor } from "@/modules/audit/server";
import { placeNames } from "@/modules/countries/server";
import { enqueueEmail } from "@/modules/mail/server";
import type { NominationInput } from "../schemas";

/** A nominee has this long to accept. */
export const INVITATION_DAYS = 30;
const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A focal point nominates a national of their country: a draft profile (nominated_by, the
 * focal point's country as nationality and residence) and a single-use invitation (only the
 * token's SHA-256 is stored; the link goes in the email, which the outbox keeps only until
 * delivery), emailed to the nominee in the chosen language. Audited in the same transaction.
 */
export async function nominateConsultant(
  actor: AuditActor & { name: string; focalPointCountry: string | null },
  input: NominationInput,
  meta: RequestMeta,
): Promise<{ id: string; expiresAt: Date }> {
  const country = actor.focalPointCountry;
  if (!country) throw forbidden("Only a focal point of a country nominates its nationals");
  const names = await placeNames(input.lng);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  try {
    return await auditedWrite(async (tx) => {
      const [known] = await tx.$queryRaw<{ id: string }[]>`
        SELECT c.id FROM consultant c LEFT JOIN app_user u ON u.id = c.user_id
        WHERE (lower(c.email) = lower(${input.email}) OR u.email = ${input.email}::citext) AND c.status NOT IN ('withdrawn', 'rejected') LIMIT 1`;
      if (known) throw invalidInput([{ name: "email", reason: "already_on_roster" }]);
      const id = randomUUID();
      await tx.$executeRaw`INSERT INTO consultant (id, status, full_name, residence_country, email, nationalities, nominated_by)
        VALUES (${id}::uuid, 'draft', ${input.fullName}, ${country}, ${input.email}, ARRAY[${country}]::text[], ${actor.id}::uuid)`;
      await tx.$executeRaw`INSERT INTO consultant_nationality (consultant_id, country_code) VALUES (${id}::uuid, ${country})`;
      await tx.$executeRaw`INSERT INTO consultant_invitation (consultant_id, token_hash, locale, expires_at) VALUES (${id}::uuid, ${digest(token)}, ${input.lng}, ${expiresAt})`;
      await enqueueEmail(
        {
          to: input.email,
          locale: input.lng,
          template: "consultantNominated",
          vars: {
            name: input.fullName,
            focalPoint: actor.name,
            country: names.country(country),
            days: String(INVITATION_DAYS),
            link: absoluteUrl(`/${input.lng}/consultants/invitation?token=${token}`),
          },
        },
        tx,
      );
      return {
        result: { id, expiresAt },
        audit: { actor, action: "consultant.nominate", outcome: "success", target: { type: "consultant", id }, meta, detail: { country, locale: input.lng } },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("This nomination was just made; nothing was written");
    throw error;
  }
}

export type InvitationState = "valid" | "used" | "expired" | "unknown";

/** What an invitation link is worth, without using it up. */
export async function peekInvitation(token: string): Promise<{ state: InvitationState; fullName?: string }> {
  if (!token || token.length > 100) return { state: "unknown" };
  const [row] = await db().$queryRaw<{ used_at: Date | null; expires_at: Date; full_name: string; user_id: string | null }[]>`
    SELECT i.used_at, i.expires_at, c.full_name, c.user_id FROM consultant_invitation i JOIN consultant c ON c.id = i.consultant_id
    WHERE i.token_hash = ${digest(token)}`;
  if (!row) return { state: "unknown" };
  if (row.used_at || row.user_id) return { state: "used", fullName: row.full_name };
  if (row.expires_at <= new Date()) return { state: "expired", fullName: row.full_name };
  return { state: "valid", fullName: row.full_name };
}

/**
 * The signed-in nominee accepts: the nominated profile becomes their own (they complete it on
 * the apply page). A used, expired or unknown token is refused (`token`), as is an account that
 * already has a profile.
 */
export function acceptInvitation(actor: AuditActor, token: string, meta: RequestMeta): Promise<{ id: string }> {
  return auditedWrite(async (tx) => {
    const refuse = (reason: string) => invalidInput([{ name: "token", reason }]);
    if (!token || token.length > 100) throw refuse("invitation_unknown");
    const [inv] = await tx.$queryRaw<{ consultant_id: string; used_at: Date | null; expires_at: Date; user_id: string | null }[]>`
      SELECT i.consultant_id, i.used_at, i.expires_at, c.user_id FROM consultant_invitation i JOIN consultant c ON c.id = i.consultant_id
      WHERE i.token_hash = ${digest(token)} FOR UPDATE OF i, c`;
    if (!inv) throw refuse("invitation_unknown");
    if (inv.used_at || inv.user_id) throw refuse("invitation_used");
    if (inv.expires_at <= new Date()) throw refuse("invitation_expired");
    const [own] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM consultant WHERE user_id = ${actor.id}::uuid`;
    if (own) throw new AppError("conflict", "You have a roster profile already; the invitation stays unused", { invalidParams: [{ name: "token", reason: "already_has_profile" }] });
    await tx.$executeRaw`UPDATE consultant SET user_id = ${actor.id}::uuid, version = version + 1, updated_at = now() WHERE id = ${inv.consultant_id}::uuid`;
    await tx.$executeRaw`UPDATE consultant_invitation SET used_at = now() WHERE consultant_id = ${inv.consultant_id}::uuid`;
    return {
      result: { id: inv.consultant_id },
      audit: { actor, action: "consultant.accept_nomination", outcome: "success", target: { type: "consultant", id: inv.consultant_id }, meta },
    };
  });
}
