import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import type { SectionKey } from "../nav";
import { ComingSoon } from "./coming-soon";

type Props = { params: Promise<{ lng: string }> };

/**
 * The page of a section not built yet. Each section has its own folder (so any
 * other path stays unmatched and gets the server-rendered global 404).
 */
export function comingSoonPage(section: SectionKey) {
  return async function Page({ params }: Props) {
    const { lng } = await params;
    if (!isLocale(lng)) notFound();
    return <ComingSoon lng={lng} section={section} />;
  };
}

export function comingSoonMetadata(section: SectionKey) {
  return async ({ params }: Props): Promise<Metadata> => ({ title: (await getT((await params).lng))(`nav.${section}`) });
}
