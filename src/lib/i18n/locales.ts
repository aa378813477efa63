/** The portal's seven languages: the six UN official languages and Portuguese. */
export const LOCALES = ["ar", "zh", "en", "fr", "ru", "es", "pt"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "portal_lng";

/** Each language's own name, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
  pt: "Português",
};

/** The BCP 47 tag used for Intl formatting and the html lang attribute. */
export const LOCALE_TAGS: Record<Locale, string> = {
  ar: "ar",
  zh: "zh-Hans",
  en: "en",
  fr: "fr",
  ru: "ru",
  es: "es",
  pt: "pt",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** A map holding a text per locale; stored as JSONB for translatable content. */
export type LocalizedText = Partial<Record<Locale, string>>;
