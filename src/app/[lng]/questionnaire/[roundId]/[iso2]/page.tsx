import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { ResponsePage } from "@/modules/questionnaire/components/response-page";

type Props = { params: Promise<{ lng: string; roundId: string; iso2: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "questionnaire"))("form.title") };
}

export default async function Page({ params, searchParams }: Props) {
  const { lng, roundId, iso2 } = await params;
  if (!isLocale(lng)) notFound();
  return guardPage(async () => ResponsePage({ lng, roundId, iso2, searchParams: await searchParams }));
}
