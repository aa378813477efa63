import "server-only";
import { cache } from "react";
import { createInstance, type i18n, type TFunction } from "i18next";
import { i18nextOptions, loadNamespace, type Resources } from "./load";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { NAMESPACES, type Namespace } from "./namespaces";

/**
 * A fresh i18next instance per request and locale (React `cache` scopes it to the
 * request): a shared instance switched with changeLanguage could leak one
 * visitor's language into another's response.
 */
const instanceFor = cache(async (lng: Locale): Promise<i18n> => {
  const resources: Record<string, Record<string, Resources>> = { [lng]: {} };
  const fallback: Record<string, Resources> = {};
  await Promise.all(
    NAMESPACES.map(async (ns) => {
      resources[lng]![ns] = await loadNamespace(lng, ns);
      if (lng !== DEFAULT_LOCALE) fallback[ns] = await loadNamespace(DEFAULT_LOCALE, ns);
    }),
  );
  if (lng !== DEFAULT_LOCALE) resources[DEFAULT_LOCALE] = fallback;
  const instance = createInstance();
  await instance.init({ ...i18nextOptions, lng, ns: [...NAMESPACES], resources });
  return instance;
});

export async function getT(lng: string, ns: Namespace = "common"): Promise<TFunction> {
  const locale = isLocale(lng) ? lng : DEFAULT_LOCALE;
  return (await instanceFor(locale)).getFixedT(locale, ns);
}

/**
 * Top-level parts of one namespace, for client components under <AddTranslations>
 * (client-provider.tsx): the browser receives only the strings they show.
 */
export async function clientSubset(lng: Locale, ns: Namespace, keys: readonly string[]): Promise<Resources> {
  const all = await loadNamespace(lng, ns);
  return Object.fromEntries(keys.filter((k) => k in all).map((k) => [k, all[k]]));
}

