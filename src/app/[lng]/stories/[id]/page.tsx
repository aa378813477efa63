import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { getCurrentUser } from "@/modules/accounts/server";
import { storyIdSchema } from "@/modules/stories/schemas";
import { getStory } from "@/modules/stories/server";
import { StoryPage } from "@/modules/stories/components/story-page";

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng, id } = await params;
  if (!isLocale(lng)) return {};
  const t = await getT(lng, "stories");
  if (!storyIdSchema.safeParse(id).success) return { title: t("title") };
  const story = await getStory(id, await getCurrentUser(), lng).catch(() => null);
  return { title: story?.title ?? t("title"), description: story?.summary };
}

export default async function Page({ params, searchParams }: Props) {
  const { lng, id } = await params;
  if (!isLocale(lng)) notFound();
  return guardPage(async () => StoryPage({ lng, id, searchParams: await searchParams }));
}
