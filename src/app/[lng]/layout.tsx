import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import "../globals.css";
import { localeAlternates, publicOrigin } from "@/lib/i18n/alternates";
import { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, direction, isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { ErrorStrings, SiteFooter, SiteHeader, currentLocalPath } from "@/modules/shell";

type Props = { children: ReactNode; params: Promise<{ lng: string }> };

export function generateStaticParams() {
  return LOCALES.map((lng) => ({ lng }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  const t = await getT(lng);
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("siteTagline"),
    // Every page: the same path in the six other languages, x-default and canonical, absolute.
    metadataBase: publicOrigin(),
    alternates: localeAlternates(isLocale(lng) ? lng : DEFAULT_LOCALE, await currentLocalPath()),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b3a63" };

export default async function LocaleLayout({ children, params }: Props) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const t = await getT(lng);
  return (
    <html lang={LOCALE_TAGS[lng]} dir={direction(lng)}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* No i18next provider here: client components that translate get one around them (ClientI18n). */}
        <ErrorStrings lng={lng}>
          <SiteHeader lng={lng} />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter lng={lng} />
        </ErrorStrings>
      </body>
    </html>
  );
}
