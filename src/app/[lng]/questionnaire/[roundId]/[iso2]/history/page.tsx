import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { HistoryPage } from "@/modules/questionnaire/components/history-page";

type Props = { params: Promise<{ lng: string; roundId: string; iso2: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "questionnaire"))("history.title") };
}

export default async function Page({ params }: Props) {
  const { lng, roundId, iso2 } = await params;
  if (!isLocale(lng)) notFound();
  return guardPage(() => HistoryPage({ lng, roundId, iso2 }));
}
