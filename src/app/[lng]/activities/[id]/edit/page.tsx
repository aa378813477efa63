import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { EditActivityPage } from "@/modules/activities/components/edit-page";

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "activities"))("edit.editTitle"), robots: { index: false } };
}

export default async function Page({ params, searchParams }: Props) {
  const { lng, id } = await params;
  if (!isLocale(lng) || !/^[0-9a-f-]{36}$/i.test(id)) notFound();
  return <EditActivityPage lng={lng} id={id} confirmMissing={(await searchParams).confirm === "missing"} />;
}
