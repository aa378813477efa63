import { LOCALE_TAGS, type Locale } from "./locales";

/**
 * Numbers, dates and lists as the reader's language writes them. Pages use these, never
 * toLocaleString() (the server's locale) or String(n); strings with a count use i18next's
 * `{{count, number}}`, which is the same Intl.NumberFormat.
 */
export const numberFormat = (lng: Locale, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(LOCALE_TAGS[lng], options);

/** A year as a number in the reader's digits, never grouped ("2024", not "2,024"). */
export const yearFormat = (lng: Locale) => new Intl.NumberFormat(LOCALE_TAGS[lng], { useGrouping: false });

export const dateFormat = (lng: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: "medium" }) =>
  new Intl.DateTimeFormat(LOCALE_TAGS[lng], { timeZone: "UTC", ...options });

/**
 * Items joined as the language joins them: "A, B and C", "A وB وC", "A、B和C".
 * `unit` lists ("A, B, C" with no conjunction) suit tags and labels.
 */
export function formatList(lng: Locale, items: readonly string[], options: Intl.ListFormatOptions = { type: "conjunction", style: "long" }): string {
  return new Intl.ListFormat(LOCALE_TAGS[lng], options).format(items);
}
