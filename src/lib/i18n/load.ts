import { DEFAULT_LOCALE, type Locale } from "./locales";
import type { Namespace } from "./namespaces";

export type Resources = Record<string, unknown>;

/** One namespace of one locale, bundled per file so a page loads only what it uses. */
export async function loadNamespace(lng: Locale, ns: Namespace): Promise<Resources> {
  const mod = (await import(`../../../locales/${lng}/${ns}.json`)) as { default: Resources };
  return mod.default;
}

export const i18nextOptions = {
  fallbackLng: DEFAULT_LOCALE,
  defaultNS: "common",
  // React escapes output itself.
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;
