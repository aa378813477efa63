import { pickLocalized } from "@/lib/i18n/localized";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

export interface StoryLanguage {
  /** The language every text of the story is shown in. */
  locale: Locale;
  /** True when that is not the reader's language: the page says "not available in your language". */
  fallback: boolean;
  /** Languages the story reads completely in, the source language first (the links to the other versions). */
  availableLocales: Locale[];
}

const has = (map: unknown, l: string) => {
  const v = map && typeof map === "object" ? (map as Record<string, unknown>)[l] : undefined;
  return typeof v === "string" && v.trim() !== "";
};

/**
 * The translation rule of stories (docs/STORIES.md, "Translations"), one language for the whole
 * story so a page never mixes two: the reader's language when the secretariat marked it complete
 * (or it is the source language) and its title is there; else the source language, with
 * `fallback: true`. A story whose source text is missing (it cannot be saved so) falls back to the
 * portal-wide rule (pickLocalized: English, then the first language with a text).
 */
export function storyLanguage(story: { sourceLocale: string; completeLocales: readonly string[]; title: unknown }, lng: Locale): StoryLanguage {
  const source = (LOCALES as readonly string[]).includes(story.sourceLocale) ? (story.sourceLocale as Locale) : null;
  const marked = new Set([source, ...story.completeLocales]);
  const availableLocales = [...(source ? [source] : []), ...LOCALES.filter((l) => l !== source && marked.has(l) && has(story.title, l))];
  if (availableLocales.includes(lng)) return { locale: lng, fallback: false, availableLocales };
  const locale = source && has(story.title, source) ? source : pickLocalized(story.title, lng).locale;
  return { locale, fallback: locale !== lng, availableLocales };
}

/** One text of the story in the chosen language ("" when that map has none: a results field left empty). */
export function textIn(map: unknown, locale: Locale): string {
  return has(map, locale) ? ((map as Record<string, string>)[locale] ?? "") : "";
}
