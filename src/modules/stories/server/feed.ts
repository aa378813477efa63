import "server-only";
import { Prisma, sqlRows } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { absoluteUrl } from "@/modules/accounts/server";
import { FEED_SIZE } from "../constants";
import { STORY_COLUMNS, type StoryRow } from "./story-row";
import { summaryOf } from "./view";

/** Text for XML: the five special characters escaped, characters XML 1.0 forbids dropped. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * The Atom feed (RFC 4287) of the newest published stories in one language, as the XML string
 * the route `/[lng]/stories/feed.xml` sends (as application/atom+xml). Titles and summaries
 * follow the translation rule; an entry shown in another language says so with its own
 * xml:lang. `base` is the portal's public address (absoluteUrl by default).
 */
export async function storiesFeed(lng: Locale, { url = absoluteUrl }: { url?: (path: string) => string } = {}): Promise<string> {
  const [t, tc] = await Promise.all([getT(lng, "stories"), getT(lng, "common")]);
  const rows = await sqlRows<StoryRow>(Prisma.sql`
    SELECT ${Prisma.raw(STORY_COLUMNS)} FROM story s WHERE s.status = 'published' ORDER BY s.published_at DESC, s.id DESC LIMIT ${FEED_SIZE}`);
  const self = url(`/${lng}/stories/feed.xml`);
  const updated = rows.reduce((max, r) => Math.max(max, new Date(r.updated_at).getTime(), new Date(r.published_at!).getTime()), 0);
  const entries = rows.map((r) => {
    const s = summaryOf(r, lng);
    const page = url(`/${lng}/stories/${r.id}`);
    const categories = s.themes.map((th) => `    <category term="${xmlEscape(th)}" label="${xmlEscape(tc(`themes.${th}`))}"/>`).join("\n");
    return [
      `  <entry xml:lang="${xmlEscape(s.locale)}">`,
      `    <id>urn:uuid:${r.id}</id>`,
      `    <title type="text">${xmlEscape(s.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(page)}"/>`,
      `    <published>${new Date(r.published_at!).toISOString()}</published>`,
      `    <updated>${new Date(Math.max(new Date(r.updated_at).getTime(), new Date(r.published_at!).getTime())).toISOString()}</updated>`,
      `    <summary type="text">${xmlEscape(s.summary)}</summary>`,
      ...(categories ? [categories] : []),
      `  </entry>`,
    ].join("\n");
  });
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lng}">`,
    `  <id>${xmlEscape(self)}</id>`,
    `  <title type="text">${xmlEscape(t("feed.title"))}</title>`,
    `  <subtitle type="text">${xmlEscape(t("feed.subtitle"))}</subtitle>`,
    `  <updated>${new Date(updated || 0).toISOString()}</updated>`,
    `  <author><name>${xmlEscape(t("feed.author"))}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(url(`/${lng}/stories`))}"/>`,
    ...entries,
    `</feed>`,
    ``,
  ].join("\n");
}
