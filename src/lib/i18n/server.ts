import "server-only";
import { cache } from "react";
import { createInstance, type i18n, type TFunction } from "i18next";
import { i18nextOptions, loadNamespace, type Resources } from "./load";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { NAMESPACES, type Namespace } from "./namespaces";

/**
 * Each locale's resources are loaded and an i18next instance initialised once per process;
 * that base instance is never switched to another language.
 */
const bases = new Map<Locale, Promise<i18n>>();

function baseFor(lng: Locale): Promise<i18n> {
  let base = bases.get(lng);
  if (!base) {
    base = (async () => {
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
    })();
    base.catch(() => bases.delete(lng));
    bases.set(lng, base);
  }
  return base;
}

/**
 * A fresh i18next instance per request and locale (React `cache` scopes it to the
 * request), cloned from the process's base: it shares the loaded resources but has its
 * own language state, so no request can switch another's language. Initialising a new
 * instance from the resources on every request cost ~4 % of a page view's CPU (docs/PERFORMANCE.md).
 */
const instanceFor = cache(async (lng: Locale): Promise<i18n> => (await baseFor(lng)).cloneInstance({ lng }));

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

