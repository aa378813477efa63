import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { conflict, forbidden, invalidInput, notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import { decide } from "@/modules/accounts/policy";
import { auditedWrite } from "@/modules/audit/server";
import { countryFacts } from "@/modules/countries/server";
import { listingInputSchema, type ListingInput, type ListingPatch } from "../schemas";
import { isEditable } from "../state-machine";
import { actorsFor } from "./listing-access";
import { listingById, type ListingRow } from "./listing-row";
import { emailEach, secretariatRecipients } from "./notify";
import { insertListing, updateListingRow } from "./write-listing";

const auditActor = (u: CurrentUser) => ({ id: u.id, email: u.email, roles: u.roles });
const OFFER_ROLES = ["partner", "focal_point", "secretariat", "admin"] as const;

/**
 * Who files what (docs/MATCHMAKING.md, "Who files what"): a need is for a developing country
 * or LDC, and a focal point files only for their own country, a member only for their own
 * institution's country; the secretariat may file for any. Offers come from partners, focal
 * points (an office of the South offers too) and the secretariat. Refusals name the field.
 */
async function checkFiler(user: CurrentUser, input: Pick<ListingInput, "kind" | "ownerCountry">): Promise<void> {
  const broker = decide(user, "matchmaking.moderate") === "allow";
  if (input.kind === "offer") {
    if (!user.roles.some((r) => (OFFER_ROLES as readonly string[]).includes(r))) throw forbidden("Offers are filed by partners, focal points and the secretariat");
    return;
  }
  if (!input.ownerCountry) throw invalidInput([{ name: "ownerCountry", reason: "required" }]);
  const facts = (await countryFacts(db())).get(input.ownerCountry);
  if (facts?.developmentStatus !== "developing") throw invalidInput([{ name: "ownerCountry", reason: "need_country_not_developing" }]);
  if (broker) return;
  if (user.roles.includes("focal_point") && user.focalPointCountry === input.ownerCountry) return;
  const [org] = await db().$queryRaw<{ country: string }[]>`SELECT organisation_country AS country FROM app_user WHERE id = ${user.id}::uuid`;
  if (org?.country !== input.ownerCountry) throw invalidInput([{ name: "ownerCountry", reason: "not_your_country" }]);
}

/** A new listing, as a draft, or submitted at once (`submit`). */
export async function createListing(user: CurrentUser, input: ListingInput, meta: RequestMeta, { submit = false } = {}): Promise<{ id: string; version: number; status: string }> {
  await checkFiler(user, input);
  const id = randomUUID();
  return auditedWrite(async (tx) => {
    await insertListing(tx, id, input, user.id);
    if (submit) {
      await tx.$executeRaw`UPDATE listing SET status = 'submitted', submitted_at = now() WHERE id = ${id}::uuid`;
      await emailEach(tx, await secretariatRecipients(tx), "listingSubmitted", { texts: { title: input.title }, path: "/matchmaking/moderation" });
    }
    const status = submit ? "submitted" : "draft";
    return {
      result: { id, version: 1, status },
      audit: { actor: auditActor(user), action: "listing.create", outcome: "success", target: { type: "listing", id }, meta, detail: { kind: input.kind, status } },
    };
  });
}

/** The stored listing as an input, so a PATCH is merged with it and checked whole. */
export function inputOf(l: ListingRow): ListingInput {
  return {
    kind: l.kind,
    title: l.title,
    description: l.description,
    organisation: l.organisation,
    organisationType: l.organisation_type,
    ownerCountry: l.owner_country,
    supportType: l.support_type,
    forms: l.forms,
    ipAreas: l.ip_areas,
    themes: l.themes,
    countries: l.countries,
    regions: l.regions,
    languages: l.languages,
    budgetMin: l.budget_min === null ? null : Number(l.budget_min),
    budgetMax: l.budget_max === null ? null : Number(l.budget_max),
    currency: l.currency,
    deadline: l.deadline,
    timeframe: l.timeframe,
    contactName: l.contact_name,
    contactEmail: l.contact_email,
    contactPhone: l.contact_phone,
  };
}

/**
 * An edit based on the version the editor read: a listing changed meanwhile is a 409 carrying
 * the listing as it is now (the form keeps what the editor typed and shows both), nothing
 * written. Its owners and the secretariat may edit while the listing is not over.
 */
export async function updateListing(user: CurrentUser, id: string, patch: ListingPatch, meta: RequestMeta): Promise<{ id: string; version: number }> {
  return auditedWrite(async (tx) => {
    const l = await listingById(tx, id, { lock: true });
    if (!l) throw notFound("No such listing");
    const actors = actorsFor(user, l);
    if (actors.length === 0) throw forbidden("Only the listing's owners and the secretariat may change it");
    if (l.version !== patch.version) throw conflict(`The listing changed after you opened it (version ${l.version}, yours ${patch.version}); nothing was written`, { version: l.version, listing: inputOf(l) });
    if (!isEditable(l.status)) throw conflict(`The listing is ${l.status}; it can no longer be edited`, { version: l.version, status: l.status });
    const { version: _v, ...fields } = patch;
    const merged = listingInputSchema.safeParse({ ...inputOf(l), ...fields });
    if (!merged.success) throw invalidInput(merged.error.issues.map((i) => ({ name: i.path.join(".") || "body", reason: i.message })));
    if (merged.data.ownerCountry !== l.owner_country) await checkFiler(user, merged.data);
    const version = await updateListingRow(tx, id, merged.data);
    return {
      result: { id, version },
      audit: { actor: auditActor(user), action: "listing.update", outcome: "success", target: { type: "listing", id }, meta, detail: { fields: Object.keys(fields).sort() } },
    };
  });
}
