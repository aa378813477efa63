import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { ApplyPage } from "@/modules/consultants/components/apply-page";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "consultants"))("apply.title"), robots: { index: false } };
}

export default async function Page({ params, searchParams }: Props) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const q = await searchParams;
  return guardPage(() => ApplyPage({ lng, done: typeof q.done === "string" ? q.done : undefined, refused: typeof q.refused === "string" ? q.refused : undefined }));
}
