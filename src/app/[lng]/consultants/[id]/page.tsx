import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { ConsultantProfilePage } from "@/modules/consultants/components/profile-page";

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "consultants"))("profile.title") };
}

export default async function Page({ params }: Props) {
  const { lng, id } = await params;
  if (!isLocale(lng)) notFound();
  return guardPage(() => ConsultantProfilePage({ lng, id }));
}
