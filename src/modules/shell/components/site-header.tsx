import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { NAV_SECTIONS, localHref } from "../nav";
import { LanguageSwitcher } from "./language-switcher";
import { UserMenu } from "./user-menu";

export async function SiteHeader({ lng }: { lng: Locale }) {
  const t = await getT(lng);
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href={localHref(lng, "/")} className="text-lg font-bold text-white no-underline hover:underline">
          {t("siteName")}
        </a>
        <div className="flex items-center gap-2">
          <LanguageSwitcher lng={lng} />
          <UserMenu lng={lng} />
        </div>
      </div>
      <nav aria-label={t("nav.label")} className="bg-brand-900">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
          {NAV_SECTIONS.map((section) => (
            <li key={section.key}>
              <a
                href={localHref(lng, section.path)}
                className="block px-2 py-2 text-sm text-white no-underline hover:bg-brand-700 hover:underline"
              >
                {t(`nav.${section.key}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
