import { LOCALES, LOCALE_NAMES, LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { currentLocalPath } from "../server/request-context";
import { localHref } from "../nav";

/**
 * A disclosure listing the seven languages; each link leads to the same page
 * (path and query kept) in that language. Plain links in a <details>: no JS needed.
 */
export async function LanguageSwitcher({ lng }: { lng: Locale }) {
  const t = await getT(lng);
  const path = await currentLocalPath();
  return (
    <details className="group relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-1 rounded px-2 py-1 text-sm text-white hover:bg-brand-700"
        aria-label={t("languageSwitcher.current", { language: LOCALE_NAMES[lng] })}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="12" r="10" />
          <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
        </svg>
        <span>{LOCALE_NAMES[lng]}</span>
      </summary>
      <nav aria-label={t("languageSwitcher.label")}>
        <ul className="absolute end-0 z-20 mt-1 min-w-36 rounded border border-slate-300 bg-white py-1 shadow-lg">
          {LOCALES.map((locale) => (
            <li key={locale}>
              <a
                href={localHref(locale, path)}
                hrefLang={LOCALE_TAGS[locale]}
                lang={LOCALE_TAGS[locale]}
                aria-current={locale === lng ? "true" : undefined}
                className="block px-3 py-1.5 text-slate-900 no-underline hover:bg-brand-50 aria-[current=true]:font-semibold"
              >
                {LOCALE_NAMES[locale]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
