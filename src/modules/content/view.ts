import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { renderMarkdown } from "@/lib/markdown";
import type { ContentCopy } from "./schemas";

/** A content record as a reader (or the preview) shows it, in one language. */
export interface ContentView {
  id: string;
  kind: ContentCopy["kind"];
  /** The language the texts are in: the reader's, else the record's source language (then `fallback`). */
  locale: Locale;
  fallback: boolean;
  sourceLocale: Locale;
  /** Languages the record has a title in (the "read it in" links of the fallback notice). */
  locales: Locale[];
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  place: string | null;
  href: string;
  copy: ContentCopy;
}

const has = (copy: ContentCopy, l: Locale) => Boolean(copy.title[l]?.trim());

/** The one fallback rule of content: the reader's language when the record has it, else its source language, whole (never a mix). */
export function contentLocale(copy: ContentCopy, lng: Locale): Locale {
  return has(copy, lng) ? lng : copy.sourceLocale;
}

export function hrefOf(copy: ContentCopy, id: string, lng: Locale): string {
  const slug = copy.slug[lng] || copy.slug[copy.sourceLocale] || "";
  switch (copy.kind) {
    case "page":
      return copy.template === "overview" ? `/${lng}/south-south` : `/${lng}/south-south/${encodeURIComponent(slug)}`;
    case "milestone":
      return `/${lng}/south-south#milestone-${id}`;
    case "event":
      return `/${lng}/events/${id}`;
    case "document":
      return `/${lng}/documents/${id}`;
  }
}

export function viewOf(id: string, copy: ContentCopy, lng: Locale, { body = true } = {}): ContentView {
  const locale = contentLocale(copy, lng);
  return {
    id,
    kind: copy.kind,
    locale,
    fallback: locale !== lng,
    sourceLocale: copy.sourceLocale,
    locales: LOCALES.filter((l) => has(copy, l)),
    slug: copy.slug[lng] || copy.slug[copy.sourceLocale] || "",
    title: copy.title[locale] ?? "",
    summary: copy.summary[locale] ?? "",
    bodyHtml: body ? renderMarkdown(copy.body[locale] ?? "") : "",
    place: copy.place[locale] || copy.place[copy.sourceLocale] || null,
    href: hrefOf(copy, id, lng),
    copy,
  };
}
