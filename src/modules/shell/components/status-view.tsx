import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { localHref } from "../nav";

/** A full-page HTTP status message (404, 403) in the visitor's language. */
export async function StatusView({ lng, code, keyPrefix }: { lng: Locale; code: 403 | 404; keyPrefix: "notFound" | "forbidden" }) {
  const t = await getT(lng);
  return (
    <section className="mx-auto max-w-3xl px-4 py-16">
      <p className="text-6xl font-bold text-brand-700" aria-hidden="true">
        {code}
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-900">{t(`${keyPrefix}.title`)}</h1>
      <p className="mt-4 text-lg text-slate-700">{t(`${keyPrefix}.body`)}</p>
      <p className="mt-8">
        <a href={localHref(lng, "/")} className="font-semibold">
          {t("notFound.back")}
        </a>
      </p>
    </section>
  );
}

export const NotFoundView = ({ lng }: { lng: Locale }) => <StatusView lng={lng} code={404} keyPrefix="notFound" />;
export const ForbiddenView = ({ lng }: { lng: Locale }) => <StatusView lng={lng} code={403} keyPrefix="forbidden" />;
