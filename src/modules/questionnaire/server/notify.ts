import "server-only";
import type { DbTx } from "@/lib/db";
import { DEFAULT_LOCALE, LOCALE_TAGS, isLocale } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { enqueueEmail, type EmailTemplate } from "@/modules/mail/server";

export interface FocalPoint {
  email: string;
  name: string;
  preferred_language: string;
}

/** The active focal points of some countries, by country, in one query. */
export async function focalPointsOf(tx: DbTx, countries: readonly string[]): Promise<Map<string, FocalPoint[]>> {
  const rows = await tx.$queryRaw<(FocalPoint & { country: string })[]>`
    SELECT focal_point_country AS country, email::text AS email, name, preferred_language FROM app_user
    WHERE active AND 'focal_point' = ANY(roles) AND focal_point_country = ANY(${[...countries]}::text[]) ORDER BY email`;
  const by = new Map<string, FocalPoint[]>();
  for (const r of rows) by.set(r.country, [...(by.get(r.country) ?? []), r]);
  return by;
}

/**
 * Queues one of the questionnaire's emails, in the caller's transaction, to every active
 * focal point of a country (or the `recipients` already read with focalPointsOf), each in their
 * own language: the country's name too, as `country`, and `dates` (ISO days) as that language
 * writes them; `path` is the link under /<lng>. Returns how many were queued.
 */
export async function emailFocalPoints(
  tx: DbTx,
  country: string,
  template: EmailTemplate,
  { path, vars = {}, dates = {} }: { path: string; vars?: Record<string, string>; dates?: Record<string, string> },
  recipients?: readonly FocalPoint[],
): Promise<number> {
  const rows = recipients ?? (await focalPointsOf(tx, [country])).get(country) ?? [];
  for (const u of rows) {
    const lng = isLocale(u.preferred_language) ? u.preferred_language : DEFAULT_LOCALE;
    const format = new Intl.DateTimeFormat(LOCALE_TAGS[lng], { dateStyle: "long", timeZone: "UTC" });
    const localDates = Object.fromEntries(Object.entries(dates).map(([k, iso]) => [k, format.format(new Date(`${iso}T00:00:00Z`))]));
    await enqueueEmail({ to: u.email, locale: lng, template, vars: { name: u.name, country: (await placeNames(lng)).country(country), link: absoluteUrl(`/${lng}${path}`), ...vars, ...localDates } }, tx);
  }
  return rows.length;
}
