import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { OverviewPage } from "@/modules/questionnaire/components/overview-page";

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "questionnaire"))("overview.heading") };
}

export default async function Page({ params }: Props) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  return guardPage(() => OverviewPage({ lng }));
}
