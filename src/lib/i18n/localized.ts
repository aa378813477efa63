import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

export interface PickedText {
  text: string;
  /** The language `text` is in: mark it (`lang`, `dir`) when it is not the reader's. */
  locale: Locale;
  /** True when the text is in another language than the reader's. */
  fallback: boolean;
}

const hasText = (map: Record<string, unknown>, l: Locale) => typeof map[l] === "string" && (map[l] as string).trim() !== "";

/**
 * The one rule for translatable content stored as a map per language (a JSONB field such
 * as a title, a description or a country's names): the reader's language, else English,
 * else the first language, in the portal's order, the map has a text in. A map with no
 * text at all (or not a map) gives "" in the reader's language, not a fallback.
 */
export function pickLocalized(map: unknown, lng: Locale): PickedText {
  const values = map !== null && typeof map === "object" ? (map as Record<string, unknown>) : {};
  const locale = hasText(values, lng) ? lng : hasText(values, DEFAULT_LOCALE) ? DEFAULT_LOCALE : LOCALES.find((l) => hasText(values, l));
  if (!locale) return { text: "", locale: lng, fallback: false };
  return { text: values[locale] as string, locale, fallback: locale !== lng };
}
