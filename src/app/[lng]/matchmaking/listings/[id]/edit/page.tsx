import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { EditListingPage } from "@/modules/matchmaking/components/listing-form-page";

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "matchmaking"))("form.edit") };
}

export default async function Page({ params }: Props) {
  const { lng, id } = await params;
  if (!isLocale(lng)) notFound();
  return guardPage(() => EditListingPage({ lng, id }));
}
