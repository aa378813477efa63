import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { localeAlternates } from "@/lib/i18n/alternates";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { StoriesSearchPage } from "@/modules/stories/components/search-page";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const t = await getT(lng, "stories");
  return {
    title: t("title"),
    // The layout's hreflang set, plus the Atom feed of this language.
    alternates: { ...localeAlternates(lng, "/stories"), types: { "application/atom+xml": [{ url: `/${lng}/stories/feed.xml`, title: t("feed.title") }] } },
  };
}

export default async function Page({ params, searchParams }: Props) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  return guardPage(async () => StoriesSearchPage({ lng, searchParams: await searchParams }));
}
