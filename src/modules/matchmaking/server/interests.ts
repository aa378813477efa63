import "server-only";
import { randomUUID } from "node:crypto";
import { db, type DbTx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { conflict, forbidden, notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import { auditedWrite } from "@/modules/audit/server";
import type { InterestStatus } from "../constants";
import type { Interest, InterestAnswer } from "../schemas";
import { isOpen } from "../state-machine";
import { actorsFor } from "./listing-access";
import { listingById } from "./listing-row";
import { emailEach, ownerRecipients, secretariatRecipients, userRecipient } from "./notify";

const actorOf = (u: CurrentUser) => ({ id: u.id, email: u.email, roles: u.roles });

/**
 * "I can help" / "We need this": a signed-in person's message on an open listing. The owners and
 * the secretariat are told (each in their language); the sender's name and address stay hidden
 * from the owners until they accept. One interest per person and listing (a second is a 409).
 */
export async function expressInterest(user: CurrentUser, listingId: string, message: string, meta: RequestMeta): Promise<{ id: string }> {
  try {
    return await auditedWrite(async (tx) => {
      const l = await listingById(tx, listingId, { lock: true });
      if (!l || (!isOpen(l.status) && actorsFor(user, l).length === 0 && l.status !== "matched")) throw notFound("No such listing");
      if (!isOpen(l.status)) throw conflict(`The listing is ${l.status}; it takes no more interest`);
      if (actorsFor(user, l).includes("owner")) throw forbidden("This is your own listing");
      // The listing row is locked: two interests of one person cannot pass this check together.
      const [already] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM listing_interest WHERE listing_id = ${listingId}::uuid AND user_id = ${user.id}::uuid`;
      if (already) throw conflict("You have already expressed interest in this listing");
      const id = randomUUID();
      await tx.$executeRaw`INSERT INTO listing_interest (id, listing_id, user_id, message) VALUES (${id}::uuid, ${listingId}::uuid, ${user.id}::uuid, ${message})`;
      await tx.$executeRaw`UPDATE listing SET first_interest_at = coalesce(first_interest_at, now()), last_activity_at = now() WHERE id = ${listingId}::uuid`;
      const [from] = await tx.$queryRaw<{ organisation_name: string }[]>`SELECT organisation_name FROM app_user WHERE id = ${user.id}::uuid`;
      const path = `/matchmaking/listings/${listingId}`;
      const vars = { organisation: from?.organisation_name ?? "", message };
      await emailEach(tx, await ownerRecipients(tx, l), "interestReceived", { texts: { title: l.title }, path, vars });
      await emailEach(tx, await secretariatRecipients(tx), "interestReceived", { texts: { title: l.title }, path, vars });
      return { result: { id }, audit: { actor: actorOf(user), action: "listing.interest", outcome: "success", target: { type: "listing", id: listingId }, meta, detail: { interestId: id } } };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict("You have already expressed interest in this listing");
    throw e;
  }
}

/**
 * The owner accepts or declines an interest. Accepting shares both sides' contacts (the owner
 * now sees the sender's; the sender's email carries the listing's contact) and moves a published
 * listing into discussion. An interest already answered is a 409.
 */
export async function answerInterest(user: CurrentUser, listingId: string, interestId: string, answer: InterestAnswer, meta: RequestMeta): Promise<{ status: InterestStatus }> {
  return auditedWrite(async (tx) => {
    const l = await listingById(tx, listingId, { lock: true });
    if (!l) throw notFound("No such listing");
    if (!actorsFor(user, l).includes("owner")) throw forbidden("Only the listing's owners answer its interests");
    const [i] = await tx.$queryRaw<{ id: string; user_id: string; status: InterestStatus }[]>`
      SELECT id, user_id, status::text AS status FROM listing_interest WHERE id = ${interestId}::uuid AND listing_id = ${listingId}::uuid FOR UPDATE`;
    if (!i) throw notFound("No such interest");
    if (i.status !== "pending") throw conflict(`This interest was already ${i.status}`);
    const status: InterestStatus = answer.decision === "accept" ? "accepted" : "declined";
    const reply = answer.reply.trim() || null;
    await tx.$executeRaw`UPDATE listing_interest SET status = ${status}::"InterestStatus", reply = ${reply}, answered_at = now() WHERE id = ${interestId}::uuid`;
    const moved = status === "accepted" && l.status === "published";
    await tx.$executeRaw`UPDATE listing SET last_activity_at = now(),
        status = CASE WHEN ${moved}::boolean THEN 'in_discussion'::"ListingStatus" ELSE status END,
        version = CASE WHEN ${moved}::boolean THEN version + 1 ELSE version END
      WHERE id = ${listingId}::uuid`;
    const to = await userRecipient(tx, i.user_id);
    if (to) {
      const contact = status === "accepted" ? [l.contact_name, l.contact_email, l.contact_phone].filter(Boolean).join(", ") : "";
      await emailEach(tx, [to], status === "accepted" ? "interestAccepted" : "interestDeclined", { texts: { title: l.title }, path: `/matchmaking/listings/${listingId}`, vars: { reply: reply ?? "", contact } });
    }
    const audit = [{ actor: actorOf(user), action: `listing.interest.${answer.decision}`, outcome: "success" as const, target: { type: "listing", id: listingId }, meta, detail: { interestId } }];
    if (moved) audit.push({ actor: actorOf(user), action: "listing.discuss", outcome: "success", target: { type: "listing", id: listingId }, meta, detail: { from: "published", to: "in_discussion", interestId } } as (typeof audit)[number]);
    return { result: { status }, audit };
  });
}

interface InterestRow {
  id: string;
  listing_id: string;
  status: InterestStatus;
  message: string;
  reply: string | null;
  created_at: Date;
  answered_at: Date | null;
  organisation_name: string;
  organisation_country: string | null;
  name: string;
  email: string;
}

async function interestRows(tx: DbTx, listingId: string): Promise<InterestRow[]> {
  return tx.$queryRaw<InterestRow[]>`
    SELECT i.id, i.listing_id, i.status::text AS status, i.message, i.reply, i.created_at, i.answered_at,
      u.organisation_name, u.organisation_country, u.name, u.email::text AS email
    FROM listing_interest i JOIN app_user u ON u.id = i.user_id
    WHERE i.listing_id = ${listingId}::uuid ORDER BY i.created_at, i.id`;
}

/**
 * A listing's interests, for its owners (the sender's contact once accepted) and the secretariat
 * (which brokers, and sees every contact); anyone else: 404, as if there were none to see.
 */
export async function listInterests(user: CurrentUser | null, listingId: string): Promise<Interest[]> {
  const l = await listingById(db(), listingId);
  const actors = l ? actorsFor(user, l) : [];
  if (!l || actors.length === 0) throw notFound("No such listing");
  const broker = actors.includes("secretariat");
  return (await interestRows(db(), listingId)).map((r) => ({
    id: r.id,
    listingId: r.listing_id,
    status: r.status,
    message: r.message,
    reply: r.reply,
    createdAt: r.created_at.toISOString(),
    answeredAt: r.answered_at?.toISOString() ?? null,
    from: { organisation: r.organisation_name, country: r.organisation_country },
    contact: broker || r.status === "accepted" ? { name: r.name, email: r.email } : null,
  }));
}

export interface SentInterest {
  id: string;
  listingId: string;
  listingTitle: string;
  listingTitleLocale: string;
  status: InterestStatus;
  message: string;
  reply: string | null;
  createdAt: string;
  /** The listing's contact, once the owner accepted. */
  contact: { name: string; email: string; phone: string | null } | null;
}

/** The interests a person sent, newest first, with each listing's contact once accepted. */
export async function sentInterests(user: CurrentUser, lng: Locale): Promise<SentInterest[]> {
  const rows = await db().$queryRaw<
    { id: string; listing_id: string; title: unknown; status: InterestStatus; message: string; reply: string | null; created_at: Date; contact_name: string; contact_email: string; contact_phone: string | null }[]
  >`
    SELECT i.id, i.listing_id, l.title, i.status::text AS status, i.message, i.reply, i.created_at, l.contact_name, l.contact_email, l.contact_phone
    FROM listing_interest i JOIN listing l ON l.id = i.listing_id WHERE i.user_id = ${user.id}::uuid ORDER BY i.created_at DESC, i.id LIMIT 200`;
  return rows.map((r) => {
    const title = pickLocalized(r.title, lng);
    return {
      id: r.id,
      listingId: r.listing_id,
      listingTitle: title.text,
      listingTitleLocale: title.locale,
      status: r.status,
      message: r.message,
      reply: r.reply,
      createdAt: r.created_at.toISOString(),
      contact: r.status === "accepted" ? { name: r.contact_name, email: r.contact_email, phone: r.contact_phone } : null,
    };
  });
}
