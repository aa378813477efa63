import "server-only";
import { db, Prisma, sqlRows } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import type { CurrentUser } from "@/modules/accounts/server";
import { decide } from "@/modules/accounts/policy";
import type { StoryStatus } from "../constants";
import type { StoryDetail, StorySummary } from "../schemas";
import { STORY_COLUMNS, storyById } from "./story-row";
import { detailOf, summaryOf } from "./view";

/** Whether this reader manages stories (policy `stories.manage`): sees every status and the editing fields. */
export const managesStories = (user: CurrentUser | null) => decide(user, "stories.manage") === "allow";

/**
 * One story for its page, rendered in the reader's language by the translation rule (with
 * `fallback` and `availableLocales`), its Markdown through the sanitiser. Published stories for
 * anyone; the secretariat sees any status and gets `manage`. Others: 404.
 */
export async function getStory(id: string, user: CurrentUser | null, lng: Locale): Promise<StoryDetail> {
  const s = await storyById(db(), id);
  const manage = managesStories(user);
  if (!s || (s.status !== "published" && !manage)) throw notFound("No such story");
  return detailOf(s, lng, { manage });
}

/** The newest published stories (the home page's three). */
export async function latestStories(lng: Locale, limit = 3): Promise<StorySummary[]> {
  const rows = await sqlRows<Parameters<typeof summaryOf>[0]>(Prisma.sql`
    SELECT ${Prisma.raw(STORY_COLUMNS)} FROM story s WHERE s.status = 'published' ORDER BY s.published_at DESC, s.id DESC LIMIT ${Math.max(1, Math.min(limit, 50))}`);
  return rows.map((r) => summaryOf(r, lng));
}

export interface ManagedStory extends StorySummary {
  status: StoryStatus;
  version: number;
  updatedAt: string;
}

/** The secretariat's list: every story (or those of one status), last changed first. The caller checks `stories.manage`. */
export async function storiesToManage(lng: Locale, { status, limit = 200 }: { status?: StoryStatus; limit?: number } = {}): Promise<ManagedStory[]> {
  const rows = await sqlRows<Parameters<typeof summaryOf>[0] & { status: StoryStatus; version: number; updated_at: Date }>(Prisma.sql`
    SELECT ${Prisma.raw(STORY_COLUMNS)}, s.version FROM story s
    WHERE ${status ? Prisma.sql`s.status = ${status}::"StoryStatus"` : Prisma.sql`true`}
    ORDER BY s.updated_at DESC, s.id DESC LIMIT ${limit}`);
  return rows.map((r) => ({ ...summaryOf(r, lng), status: r.status, version: r.version, updatedAt: new Date(r.updated_at).toISOString() }));
}
