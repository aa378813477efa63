import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { REFUSALS } from "@/lib/actions/refusals";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { EditActivityPage } from "@/modules/activities/components/edit-page";
import { activityIdSchema } from "@/modules/activities/schemas";

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "activities"))("edit.editTitle"), robots: { index: false } };
}

export default async function Page({ params, searchParams }: Props) {
  const { lng, id } = await params;
  // Anything but a UUID is a 404 here, before the page asks the database.
  if (!isLocale(lng) || !activityIdSchema.safeParse(id).success) notFound();
  const query = await searchParams;
  const refused = REFUSALS.find((r) => r === query.refused);
  const assignmentNotice = query.assignment === "added" || query.assignment === "removed" ? query.assignment : undefined;
  return guardPage(() => EditActivityPage({ lng, id, confirmMissing: query.confirm === "missing", refused, assignmentNotice }));
}
