import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { QuestionnaireDashboardPage } from "@/modules/questionnaire/components/dashboard-page";
import { roundIdSchema } from "@/modules/questionnaire/schemas";

type Props = { params: Promise<{ lng: string; roundId: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "questionnaire"))("dashboard.metaTitle") };
}

export default async function Page({ params, searchParams }: Props) {
  const { lng, roundId } = await params;
  if (!isLocale(lng) || !roundIdSchema.safeParse(roundId).success) notFound();
  const query = await searchParams;
  return guardPage(async () => QuestionnaireDashboardPage({ lng, roundId, query }));
}
