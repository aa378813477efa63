import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { InvitationPage } from "@/modules/consultants/components/nomination-pages";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "consultants"))("invitation.title"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function Page({ params, searchParams }: Props) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const q = await searchParams;
  return guardPage(() => InvitationPage({ lng, token: typeof q.token === "string" ? q.token : "", refused: typeof q.refused === "string" ? q.refused : undefined }));
}
