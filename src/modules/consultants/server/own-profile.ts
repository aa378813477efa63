import "server-only";
import { db } from "@/lib/db";
import { profileOfUser, rowToInput, type ProfileRow } from "./profile-row";

/** The signed-in person's own profile (any status), or null: what the apply page shows. */
export function getOwnProfile(userId: string): Promise<ProfileRow | null> {
  return profileOfUser(db(), userId);
}

/**
 * The account's roster profile for the data download: every field, status and dates, the
 * review comment and the CV's filename and size (never its bytes). Null without a profile.
 */
export async function rosterDataOfUser(userId: string) {
  const p = await profileOfUser(db(), userId);
  if (!p) return null;
  return {
    id: p.id,
    status: p.status,
    ...rowToInput(p),
    reviewComment: p.review_comment,
    lastConfirmedAt: p.last_confirmed_at.toISOString(),
    submittedAt: p.submitted_at?.toISOString() ?? null,
    remindedAt: p.reminded_at?.toISOString() ?? null,
    nominated: p.nominated_by !== null,
    createdAt: p.created_at.toISOString(),
    updatedAt: p.updated_at.toISOString(),
    cv: p.cv_filename ? { filename: p.cv_filename, bytes: p.cv_size, uploadedAt: p.cv_uploaded_at?.toISOString() ?? null } : null,
  };
}
