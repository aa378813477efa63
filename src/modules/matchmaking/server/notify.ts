import "server-only";
import type { DbTx } from "@/lib/db";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import { absoluteUrl } from "@/modules/accounts/server";
import { enqueueEmail, type EmailTemplate } from "@/modules/mail/server";

export interface Recipient {
  to: string;
  name: string;
  lng: Locale;
}

const asRecipient = (u: { email: string; name: string; preferred_language: string }): Recipient => ({
  to: u.email,
  name: u.name,
  lng: isLocale(u.preferred_language) ? u.preferred_language : DEFAULT_LOCALE,
});

/** An account's address and language; null when the account is gone or inactive. */
export async function userRecipient(tx: DbTx, userId: string | null): Promise<Recipient | null> {
  if (!userId) return null;
  const [u] = await tx.$queryRaw<{ email: string; name: string; preferred_language: string }[]>`
    SELECT email::text AS email, name, preferred_language FROM app_user WHERE id = ${userId}::uuid AND active`;
  return u ? asRecipient(u) : null;
}

/**
 * The people a listing's news goes to: its filer and, for a country's need, that country's
 * focal points (they share it), each once.
 */
export async function ownerRecipients(tx: DbTx, listing: { owner_id: string | null; kind: string; owner_country: string | null }): Promise<Recipient[]> {
  const rows = await tx.$queryRaw<{ email: string; name: string; preferred_language: string }[]>`
    SELECT email::text AS email, name, preferred_language FROM app_user
    WHERE active AND (id = ${listing.owner_id}::uuid
      OR (${listing.kind === "need"}::boolean AND 'focal_point' = ANY(roles) AND focal_point_country = ${listing.owner_country}))
    ORDER BY email`;
  return rows.map(asRecipient);
}

/** The secretariat's active accounts: the moderators and brokers every interest is copied to. */
export async function secretariatRecipients(tx: DbTx): Promise<Recipient[]> {
  const rows = await tx.$queryRaw<{ email: string; name: string; preferred_language: string }[]>`
    SELECT email::text AS email, name, preferred_language FROM app_user WHERE active AND 'secretariat' = ANY(roles) ORDER BY email`;
  return rows.map(asRecipient);
}

/**
 * Queues one of matchmaking's emails in the caller's transaction, in each recipient's language:
 * each of `texts` (a listing's title, as a map per locale) is picked in the recipient's language,
 * and `link` is the path under /<lng>.
 */
export async function emailEach(
  tx: DbTx,
  recipients: Recipient[],
  template: EmailTemplate,
  { texts = {}, path, vars = {} }: { texts?: Record<string, unknown>; path: string; vars?: Record<string, string> },
): Promise<void> {
  const seen = new Set<string>();
  for (const r of recipients) {
    if (seen.has(r.to)) continue;
    seen.add(r.to);
    await enqueueEmail(
      { to: r.to, locale: r.lng, template, vars: { name: r.name, ...Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, pickLocalized(v, r.lng).text])), link: absoluteUrl(`/${r.lng}${path}`), ...vars } },
      tx,
    );
  }
}
