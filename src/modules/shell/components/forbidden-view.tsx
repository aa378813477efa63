import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { localHref } from "../nav";

export async function ForbiddenView({ lng }: { lng: Locale }) {
  const t = await getT(lng);
  return (
    <section className="mx-auto max-w-3xl px-4 py-16">
      <p className="text-6xl font-bold text-brand-700" aria-hidden="true">
        403
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-900">{t("forbidden.title")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("forbidden.body")}</p>
      <p className="mt-8">
        <a href={localHref(lng, "/")} className="font-semibold">
          {t("notFound.back")}
        </a>
      </p>
    </section>
  );
}
