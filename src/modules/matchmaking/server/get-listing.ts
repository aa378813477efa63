import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import type { CurrentUser } from "@/modules/accounts/server";
import { PUBLIC_LISTING_STATUSES } from "../constants";
import type { ListingDetail } from "../schemas";
import { TRANSITIONS, transitionsFor } from "../state-machine";
import { actorsFor } from "./listing-access";
import { listingById } from "./listing-row";
import { summaryOf } from "./search-listings";

const isPublicStatus = (s: string) => (PUBLIC_LISTING_STATUSES as readonly string[]).includes(s);

/**
 * One listing for a reader: public ones for anyone (never the contact); others only for their
 * owners and the secretariat, to whom it does not exist otherwise (404, so ids reveal nothing).
 * Those who may change it also get its contact, version, both text maps and the statuses they
 * may move it to; "match" is left to recording a match, so it is not offered as a button.
 */
export async function getListing(id: string, user: CurrentUser | null, lng: Locale): Promise<ListingDetail> {
  const l = await listingById(db(), id);
  if (!l) throw notFound("No such listing");
  const actors = actorsFor(user, l);
  if (!isPublicStatus(l.status) && actors.length === 0) throw notFound("No such listing");
  const attachments = await db().$queryRaw<{ id: string; filename: string; size: number; uploaded_at: Date }[]>`
    SELECT id, filename, octet_length(bytes)::int AS size, uploaded_at FROM listing_attachment WHERE listing_id = ${id}::uuid ORDER BY uploaded_at, id`;
  const manages = actors.length > 0;
  return {
    ...summaryOf(l, lng),
    attachments: attachments.map((a) => ({ id: a.id, filename: a.filename, size: a.size, uploadedAt: a.uploaded_at.toISOString() })),
    contact: manages ? { name: l.contact_name, email: l.contact_email, phone: l.contact_phone } : null,
    version: manages ? l.version : null,
    reviewComment: manages ? l.review_comment : null,
    transitions: manages ? transitionsFor(l.status, actors).filter((t) => t !== "match").map((t) => TRANSITIONS[t].to) : [],
    titleMap: manages ? (l.title as Record<string, string>) : null,
    descriptionMap: manages ? (l.description as Record<string, string>) : null,
  };
}
