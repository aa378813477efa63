import "server-only";
import { db, Prisma, sqlRows } from "@/lib/db";
import type { ConsultantStatus } from "../constants";
import { profileById, type ProfileRow } from "./profile-row";

export interface QueueItem {
  id: string;
  fullName: string;
  latinName: string | null;
  nationalities: string[];
  submittedAt: Date;
  /** An approved consultant's change of expertise or nationality (they were approved before). */
  resubmission: boolean;
  nominated: boolean;
}

/** The review queue: submitted profiles, oldest first, and how many profiles are in each state. */
export async function listReviewQueue(): Promise<{ items: QueueItem[]; counts: Record<ConsultantStatus, number> }> {
  const [items, counts] = await Promise.all([
    sqlRows<{ id: string; full_name: string; latin_name: string | null; nationalities: string[]; submitted_at: Date; resubmission: boolean; nominated: boolean }>(Prisma.sql`
      SELECT c.id, c.full_name, c.latin_name, c.nationalities, coalesce(c.submitted_at, c.updated_at) AS submitted_at,
             EXISTS (SELECT 1 FROM audit_event e WHERE e.target_type = 'consultant' AND e.target_id = c.id::text AND e.action = 'consultant.approve') AS resubmission,
             c.nominated_by IS NOT NULL AS nominated
      FROM consultant c WHERE c.status = 'submitted'
      ORDER BY coalesce(c.submitted_at, c.updated_at), c.id LIMIT 500`),
    sqlRows<{ status: ConsultantStatus; n: number }>(Prisma.sql`SELECT status::text AS status, count(*)::int AS n FROM consultant GROUP BY status`),
  ]);
  const byStatus = Object.fromEntries(["draft", "submitted", "returned", "approved", "rejected", "withdrawn"].map((s) => [s, 0])) as Record<ConsultantStatus, number>;
  for (const c of counts) byStatus[c.status] = c.n;
  return {
    items: items.map((r) => ({ id: r.id, fullName: r.full_name, latinName: r.latin_name, nationalities: r.nationalities, submittedAt: r.submitted_at, resubmission: r.resubmission, nominated: r.nominated })),
    counts: byStatus,
  };
}

/** Any profile, whatever its status, for a reviewer (the caller checks consultants.review). */
export function getProfileForReview(id: string): Promise<ProfileRow | null> {
  return profileById(db(), id);
}
