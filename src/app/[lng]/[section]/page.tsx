import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { ComingSoon, sectionByPath } from "@/modules/shell";

// Sections not built yet. A section that gets its own folder under [lng]/ takes precedence over this page.
type Props = { params: Promise<{ lng: string; section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, section } = await params;
  const key = sectionByPath(section);
  return key ? { title: (await getT(lng))(`nav.${key}`) } : {};
}

export default async function SectionPage({ params }: Props) {
  const { lng, section } = await params;
  const key = sectionByPath(section);
  if (!isLocale(lng) || !key) notFound();
  return <ComingSoon lng={lng} section={key} />;
}
