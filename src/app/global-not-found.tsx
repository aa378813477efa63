import type { Metadata } from "next";
import "./globals.css";
import { LOCALE_TAGS, direction } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { currentLocale, NotFoundView } from "@/modules/shell";

/**
 * Every URL no route matches. Rendered as a whole document on the server (lang
 * and dir from the locale the proxy found in the URL), so it works without JavaScript.
 */
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(await currentLocale()))("notFound.title") };
}

export default async function GlobalNotFound() {
  const lng = await currentLocale();
  const t = await getT(lng);
  return (
    <html lang={LOCALE_TAGS[lng]} dir={direction(lng)}>
      <body className="flex min-h-screen flex-col">
        <header className="bg-brand-800 text-white">
          <div className="mx-auto max-w-6xl px-4 py-3">
            <a href={`/${lng}`} className="text-lg font-bold text-white no-underline hover:underline">
              {t("siteName")}
            </a>
          </div>
        </header>
        <main id="main" className="flex-1">
          <NotFoundView lng={lng} />
        </main>
      </body>
    </html>
  );
}
