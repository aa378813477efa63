import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { EditStoryPage } from "@/modules/stories/components/story-form-page";

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "stories"))("form.edit") };
}

export default async function Page({ params, searchParams }: Props) {
  const { lng, id } = await params;
  if (!isLocale(lng)) notFound();
  return guardPage(async () => EditStoryPage({ lng, id, searchParams: await searchParams }));
}
