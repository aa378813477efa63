import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { NominatePage } from "@/modules/consultants/components/nomination-pages";

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "consultants"))("nominate.title"), robots: { index: false } };
}

export default async function Page({ params }: Props) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  return guardPage(() => NominatePage({ lng }));
}
