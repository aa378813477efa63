import { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, type Locale } from "./locales";

export interface LocaleAlternates {
  /** The page itself, without query: /ar/activities for /ar/activities?q=x. */
  canonical: string;
  /** BCP 47 tag (LOCALE_TAGS) → the same page in that language, plus `x-default` (English). */
  languages: Record<string, string>;
}

/** The path inside a locale without query or fragment, "/" for the locale's home. */
export function pagePath(localPath: string): string {
  const path = localPath.split(/[?#]/, 1)[0] ?? "";
  if (!path.startsWith("/") || path.startsWith("//")) return "/";
  return path.length > 1 ? path.replace(/\/+$/, "") || "/" : "/";
}

const inLocale = (lng: Locale, path: string) => `/${lng}${path === "/" ? "" : path}`;

/**
 * The hreflang set of one page (Next.js `alternates`): the same path in each of the seven
 * languages, `x-default` → English, and the canonical, all root-relative; the layout sets
 * `metadataBase` (the portal's public address), so Next.js writes them absolute, as search
 * engines and Lighthouse require. The root layout gives every page this set from the path
 * src/proxy.ts passes in; a page that sets `alternates` itself replaces it whole, so it
 * should spread this in.
 */
export function localeAlternates(lng: Locale, localPath: string): LocaleAlternates {
  const path = pagePath(localPath);
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [LOCALE_TAGS[l], inLocale(l, path)]));
  languages["x-default"] = inLocale(DEFAULT_LOCALE, path);
  return { canonical: inLocale(lng, path), languages };
}

/** The portal's public origin for absolute links: PUBLIC_URL, else NEXTAUTH_URL, else localhost. */
export function publicOrigin(): URL {
  const configured = process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL;
  try {
    if (configured) return new URL(new URL(configured).origin);
  } catch {
    // A malformed value is reported by src/lib/env.ts; links fall back to localhost meanwhile.
  }
  return new URL(`http://localhost:${process.env.PORT ?? 3000}`);
}
