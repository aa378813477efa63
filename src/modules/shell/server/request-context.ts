import "server-only";
import { headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

// Set by src/proxy.ts on every page request.
const LOCALE_HEADER = "x-portal-lng";
const PATH_HEADER = "x-portal-path";

/** The page's path inside its locale (with query), for the language switcher. */
export async function currentLocalPath(): Promise<string> {
  const value = (await headers()).get(PATH_HEADER);
  return value && value.startsWith("/") ? value : "/";
}

/** The locale of the current page where no params are given (not-found pages). */
export async function currentLocale(): Promise<Locale> {
  const value = (await headers()).get(LOCALE_HEADER);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
