import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { ContentCopy } from "./schemas";

export type LocaleState = "source" | "current" | "outdated" | "missing";

/** The texts a translation consists of. */
export const TRANSLATED_FIELDS = ["title", "summary", "body"] as const;

const filled = (copy: ContentCopy, l: Locale) => TRANSLATED_FIELDS.every((f) => Boolean(copy[f][l]?.trim()));

/**
 * For each locale, the revision number at which its texts last changed (kept in the
 * revisions' `localeRevisions`). `previous` is the stored map, `before` the last copy.
 */
export function nextLocaleRevisions(before: ContentCopy | null, after: ContentCopy, previous: Partial<Record<Locale, number>>, revision: number): Partial<Record<Locale, number>> {
  const next: Partial<Record<Locale, number>> = {};
  for (const l of LOCALES) {
    const changed = !before || TRANSLATED_FIELDS.some((f) => (before[f][l] ?? "") !== (after[f][l] ?? ""));
    const has = TRANSLATED_FIELDS.some((f) => Boolean(after[f][l]?.trim()));
    if (!has) continue;
    next[l] = changed ? revision : (previous[l] ?? revision);
  }
  return next;
}

/**
 * The translation status the editor shows per locale: missing (some text empty), outdated
 * (its texts last changed before the source locale's did), current, or the source itself.
 */
export function translationStatus(copy: ContentCopy, localeRevisions: Partial<Record<Locale, number>>): Record<Locale, LocaleState> {
  const source = localeRevisions[copy.sourceLocale] ?? 0;
  return Object.fromEntries(
    LOCALES.map((l): [Locale, LocaleState] => {
      if (l === copy.sourceLocale) return [l, "source"];
      if (!filled(copy, l)) return [l, "missing"];
      return [l, (localeRevisions[l] ?? 0) < source ? "outdated" : "current"];
    }),
  ) as Record<Locale, LocaleState>;
}
