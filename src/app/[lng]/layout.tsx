import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import "../globals.css";
import { I18nProvider } from "@/lib/i18n/client-provider";
import { LOCALES, LOCALE_TAGS, direction, isLocale } from "@/lib/i18n/locales";
import { clientResources, getT } from "@/lib/i18n/server";
import { SiteFooter, SiteHeader } from "@/modules/shell";

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
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [LOCALE_TAGS[l], `/${l}`])) },
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
        <I18nProvider lng={lng} resources={await clientResources(lng)}>
          <SiteHeader lng={lng} />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter lng={lng} />
        </I18nProvider>
      </body>
    </html>
  );
}
