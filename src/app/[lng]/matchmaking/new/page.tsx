import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { NewListingPage } from "@/modules/matchmaking/components/listing-form-page";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getT((await params).lng, "matchmaking");
  return { title: (await searchParams).kind === "offer" ? t("form.newOffer") : t("form.newNeed") };
}

export default async function Page({ params, searchParams }: Props) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  return guardPage(async () => NewListingPage({ lng, searchParams: await searchParams }));
}
