import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { LISTING_STATUSES, type ListingStatus } from "../constants";
import type { ListingSummary } from "../schemas";
import { LISTING_COLUMNS, type ListingRow } from "./listing-row";
import { summaryOf } from "./search-listings";

export interface ModerationQueue {
  /** How many listings are in each status (the queue's header). */
  counts: Record<ListingStatus, number>;
  /** Submitted listings, oldest first. */
  items: (ListingSummary & { submittedAt: string | null; ageDays: number })[];
}

/** The secretariat's moderation queue: submitted listings, oldest first, and counts per state. */
export async function moderationQueue(lng: Locale, limit = 100): Promise<ModerationQueue> {
  const [counts, rows] = await Promise.all([
    db().$queryRaw<{ status: ListingStatus; n: number }[]>`SELECT status::text AS status, count(*)::int AS n FROM listing GROUP BY 1`,
    db().$queryRawUnsafe<ListingRow[]>(`SELECT ${LISTING_COLUMNS} FROM listing l WHERE l.status = 'submitted' ORDER BY l.submitted_at, l.id LIMIT $1`, limit),
  ]);
  const now = Date.now();
  const byStatus = Object.fromEntries(LISTING_STATUSES.map((s) => [s, 0])) as Record<ListingStatus, number>;
  for (const c of counts) byStatus[c.status] = c.n;
  return { counts: byStatus, items: rows.map((r) => ({ ...summaryOf(r, lng), submittedAt: r.submitted_at?.toISOString() ?? null, ageDays: r.submitted_at ? Math.max(0, Math.floor((now - r.submitted_at.getTime()) / 86_400_000)) : 0 })) };
}

/**
 * A person's listings: those they filed and, for a focal point, their country's needs (they
 * share them), newest first, in every status.
 */
export async function myListings(user: { id: string; focalPointCountry: string | null; roles: readonly string[] }, lng: Locale): Promise<(ListingSummary & { reviewComment: string | null })[]> {
  const country = user.roles.includes("focal_point") ? user.focalPointCountry : null;
  const rows = await db().$queryRawUnsafe<ListingRow[]>(
    `SELECT ${LISTING_COLUMNS} FROM listing l WHERE l.owner_id = $1::uuid OR (l.kind = 'need' AND $2::text IS NOT NULL AND l.owner_country = $2::text)
     ORDER BY l.created_at DESC, l.id LIMIT 500`,
    user.id,
    country,
  );
  return rows.map((r) => ({ ...summaryOf(r, lng), reviewComment: r.review_comment }));
}
