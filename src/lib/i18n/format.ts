import { LOCALE_TAGS, type Locale } from "./locales";

/**
 * Numbers, dates and lists as the reader's language writes them. Pages use these, never
 * toLocaleString() (the server's locale) or String(n); strings with a count use i18next's
 * `{{count, number}}`, which is the same Intl.NumberFormat.
 */

/**
 * Intl formatters are immutable, and building one costs far more than using it (a list
 * formatter per country row was 2.4 % of the countries page's CPU): one per language and
 * options for the process.
 */
function shared<O, F>(make: (tag: string, options: O | undefined) => F): (lng: Locale, options?: O) => F {
  const made = new Map<string, F>();
  return (lng, options) => {
    const key = options === undefined ? lng : `${lng}|${JSON.stringify(options)}`;
    let formatter = made.get(key);
    if (!formatter) {
      formatter = make(LOCALE_TAGS[lng], options);
      made.set(key, formatter);
    }
    return formatter;
  };
}

export const numberFormat = shared<Intl.NumberFormatOptions, Intl.NumberFormat>((tag, options) => new Intl.NumberFormat(tag, options));

const yearFormatter = shared<undefined, Intl.NumberFormat>((tag) => new Intl.NumberFormat(tag, { useGrouping: false }));
/** A year as a number in the reader's digits, never grouped ("2024", not "2,024"). */
export const yearFormat = (lng: Locale) => yearFormatter(lng);

const dateFormatter = shared<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>((tag, options) => new Intl.DateTimeFormat(tag, { timeZone: "UTC", ...options }));
export const dateFormat = (lng: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: "medium" }) => dateFormatter(lng, options);

const listFormatter = shared<Intl.ListFormatOptions, Intl.ListFormat>((tag, options) => new Intl.ListFormat(tag, options));

/** Language names in the reader's language ("French", "الفرنسية"). */
export const languageNames = shared<undefined, Intl.DisplayNames>((tag) => new Intl.DisplayNames([tag], { type: "language" }));

/**
 * Items joined as the language joins them: "A, B and C", "A وB وC", "A、B和C".
 * `unit` lists ("A, B, C" with no conjunction) suit tags and labels.
 */
export function formatList(lng: Locale, items: readonly string[], options: Intl.ListFormatOptions = { type: "conjunction", style: "long" }): string {
  return listFormatter(lng, options).format(items);
}
