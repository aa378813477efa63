import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { localHref } from "../nav";

export async function SiteFooter({ lng }: { lng: Locale }) {
  const t = await getT(lng);
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 text-sm text-slate-700 md:grid-cols-3">
        <p className="md:col-span-2">{t("footer.about")}</p>
        <ul className="space-y-1">
          <li>
            <a href={localHref(lng, "/countries")}>{t("footer.countries")}</a>
          </li>
          <li>
            <a href={localHref(lng, "/api-docs")}>{t("footer.apiDocs")}</a>
          </li>
        </ul>
        <p className="text-xs text-slate-600 md:col-span-3">
          {t("footer.sourceNote")} {t("footer.rights")}
        </p>
      </div>
    </footer>
  );
}
