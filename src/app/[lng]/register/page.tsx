import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/guard-page";
import { isLocale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { RegisterPage } from "@/modules/accounts/components/pages/auth-pages";

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT((await params).lng, "accounts"))("register.title"), robots: { index: false } };
}

export default async function Page({ params }: Props) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  return guardPage(() => RegisterPage({ lng }));
}
