import "server-only";
import { db } from "@/lib/db";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { notFound } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { RequestMeta } from "@/lib/request-meta";
import { absoluteUrl, rateLimited, type CurrentUser } from "@/modules/accounts/server";
import { auditedWrite, recordEvent } from "@/modules/audit/server";
import { enqueueEmail } from "@/modules/mail/server";
import type { ContactMessage } from "../schemas";

/**
 * Messages a sender (by IP) may send, and a consultant may receive, per window (docs/CONSULTANTS.md,
 * "Contact"). Windows of at most an hour: src/lib/db/rate-limit.ts sweeps older windows.
 */
export const CONTACT_LIMITS = { perIp: 5, perIpWindowSeconds: 3600, perConsultant: 10, perConsultantWindowSeconds: 3600 } as const;

/**
 * The language a consultant is written to: their account's preferred language, else the first
 * locale their bio is written in, else English.
 */
export function consultantLocale(accountLanguage: string | null, bioLocales: readonly string[]): Locale {
  if (accountLanguage && isLocale(accountLanguage)) return accountLanguage;
  const bio = bioLocales.find(isLocale);
  return bio ?? "en";
}

/**
 * Sends a visitor's message to an approved consultant through the outbox, in the consultant's
 * language, with the sender's name and address in the body (to answer), never the consultant's
 * address to the sender. Rate-limited per IP and per consultant; a filled honeypot (`website`)
 * is answered as sent and writes nothing but an audit event. Audited with the email, in one
 * transaction; the message text itself is not kept in the audit row.
 */
export async function sendMessage(input: ContactMessage, sender: CurrentUser | null, meta: RequestMeta): Promise<void> {
  const actor = sender ? { id: sender.id, email: sender.email, roles: sender.roles } : null;
  if (input.website.trim()) {
    await recordEvent({ actor, action: "consultant.contact", outcome: "denied", target: { type: "consultant", id: input.consultantId }, meta, detail: { reason: "honeypot" } });
    return;
  }
  // The sender's limit first: a sender refused by it does not use up the consultant's.
  const byIp = await hitRateLimit(`contact:ip:${meta.ip ?? "unknown"}`, CONTACT_LIMITS.perIp, CONTACT_LIMITS.perIpWindowSeconds);
  const limit = byIp.allowed ? await hitRateLimit(`contact:consultant:${input.consultantId}`, CONTACT_LIMITS.perConsultant, CONTACT_LIMITS.perConsultantWindowSeconds) : byIp;
  if (!limit.allowed) {
    await recordEvent({ actor, action: "consultant.contact", outcome: "denied", target: { type: "consultant", id: input.consultantId }, meta, detail: { reason: "rate_limited", by: byIp.allowed ? "consultant" : "ip" } });
    throw rateLimited(limit.retryAfter);
  }
  const [consultant] = await db().$queryRaw<{ id: string; full_name: string; email: string; bio_locales: string[]; preferred_language: string | null }[]>`
    SELECT c.id, c.full_name, c.email, c.bio_locales, u.preferred_language
    FROM consultant c LEFT JOIN app_user u ON u.id = c.user_id
    WHERE c.id = ${input.consultantId}::uuid AND c.status = 'approved'`;
  if (!consultant) throw notFound("No such consultant");
  const locale = consultantLocale(consultant.preferred_language, consultant.bio_locales);
  await auditedWrite(async (tx) => {
    await enqueueEmail(
      {
        to: consultant.email,
        locale,
        template: "consultantMessage",
        vars: {
          name: consultant.full_name,
          senderName: input.name,
          senderEmail: input.email,
          message: input.message,
          link: absoluteUrl(`/${locale}/consultants/${consultant.id}`),
        },
      },
      tx,
    );
    return {
      result: undefined,
      audit: {
        actor,
        action: "consultant.contact",
        outcome: "success",
        target: { type: "consultant", id: consultant.id },
        meta,
        detail: { senderEmail: input.email, locale, length: input.message.length, signedIn: Boolean(sender) },
      },
    };
  });
}
