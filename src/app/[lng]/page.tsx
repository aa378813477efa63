import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { HomePage } from "@/modules/content/components/home-page";

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { description: (await getT((await params).lng, "home"))("metaDescription") };
}

export default async function Page({ params }: Props) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  return guardPage(() => HomePage({ lng }));
}
