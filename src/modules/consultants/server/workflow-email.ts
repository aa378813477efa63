import "server-only";
import type { DbTx } from "@/lib/db";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/modules/accounts/server";
import { enqueueEmail, type EmailTemplate } from "@/modules/mail/server";

/** Where and in which language the workflow writes to a profile's person. */
export interface Recipient {
  to: string;
  name: string;
  lng: Locale;
}

/**
 * The applicant of a profile: their account's address and preferred language when the profile
 * has an account, else the address on the profile and the language they were invited in
 * (else English).
 */
export async function recipientOf(tx: DbTx, profile: { id: string; user_id: string | null; email: string; full_name: string }): Promise<Recipient> {
  if (profile.user_id) {
    const [u] = await tx.$queryRaw<{ email: string; name: string; preferred_language: string }[]>`
      SELECT email::text AS email, name, preferred_language FROM app_user WHERE id = ${profile.user_id}::uuid`;
    if (u) return { to: u.email, name: profile.full_name || u.name, lng: isLocale(u.preferred_language) ? u.preferred_language : DEFAULT_LOCALE };
  }
  const [inv] = await tx.$queryRaw<{ locale: string }[]>`SELECT locale FROM consultant_invitation WHERE consultant_id = ${profile.id}::uuid`;
  return { to: profile.email, name: profile.full_name, lng: inv && isLocale(inv.locale) ? inv.locale : DEFAULT_LOCALE };
}

/** Queues one of the roster's emails in the caller's transaction; `link` defaults to the recipient's own profile page. */
export async function emailRecipient(tx: DbTx, r: Recipient, template: EmailTemplate, vars: Record<string, string> = {}): Promise<void> {
  await enqueueEmail({ to: r.to, locale: r.lng, template, vars: { name: r.name, link: absoluteUrl(`/${r.lng}/consultants/apply`), ...vars } }, tx);
}
