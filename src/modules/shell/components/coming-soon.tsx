import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { localHref, type SectionKey } from "../nav";

/** The page a section shows until it is built: clearly localized, never a 404. */
export async function ComingSoon({ lng, section }: { lng: Locale; section: SectionKey }) {
  const t = await getT(lng);
  return (
    <section className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">{t("comingSoon.title", { section: t(`nav.${section}`) })}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("comingSoon.body")}</p>
      <p className="mt-8">
        <a href={localHref(lng, "/")} className="font-semibold">
          {t("comingSoon.back")}
        </a>
      </p>
    </section>
  );
}
