import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/modules/accounts/server";
import type { ListingStatus } from "@/modules/matchmaking/constants";
import { createListing, getListing, transitionListing, updateListing } from "@/modules/matchmaking/server";
import { freshMeta } from "../support/factories";
import { needInput, offerInput, person } from "../support/matchmaking";

const kindOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.kind;
    throw e;
  }
};
const row = async (id: string) => (await db().$queryRaw<{ status: ListingStatus; version: number; review_comment: string | null }[]>`SELECT status::text AS status, version, review_comment FROM listing WHERE id = ${id}::uuid`)[0]!;
const audits = async (id: string) => (await db().$queryRaw<{ action: string }[]>`SELECT action FROM audit_event WHERE target_id = ${id} ORDER BY id`).map((a) => a.action);

describe("listing workflow", () => {
  let focalEg: CurrentUser, focalEg2: CurrentUser, focalPe: CurrentUser, secretariat: CurrentUser, member: CurrentUser, partner: CurrentUser, admin: CurrentUser;

  beforeAll(async () => {
    focalEg = await person(["focal_point"], { focal: "EG", lng: "ar" });
    focalEg2 = await person(["focal_point"], { focal: "EG", lng: "fr" });
    focalPe = await person(["focal_point"], { focal: "PE", lng: "es" });
    secretariat = await person(["secretariat"]);
    admin = await person(["admin"]);
    member = await person(["member"], { country: "KE" });
    partner = await person(["partner"], { country: "KR" });
  });

  it("files a need only for one's own developing country, naming the field otherwise", async () => {
    expect(await kindOf(createListing(focalPe, needInput({ ownerCountry: "EG" }), freshMeta()))).toBe("invalid_input");
    expect(await kindOf(createListing(member, needInput({ ownerCountry: "EG" }), freshMeta()))).toBe("invalid_input");
    expect(await kindOf(createListing(secretariat, needInput({ ownerCountry: "FR", countries: ["FR"] }), freshMeta()))).toBe("invalid_input");
    expect(await kindOf(createListing(member, needInput({ ownerCountry: "KE", countries: ["KE"] }), freshMeta()))).toBe("ok");
    expect(await kindOf(createListing(member, offerInput(), freshMeta()))).toBe("forbidden");
    expect(await kindOf(createListing(partner, offerInput({ ownerCountry: "KR", countries: ["KR"] }), freshMeta()))).toBe("ok");
    try {
      await createListing(focalPe, needInput({ ownerCountry: "EG" }), freshMeta());
    } catch (e) {
      expect((e as AppError).extra.invalidParams).toEqual([{ name: "ownerCountry", reason: "not_your_country" }]);
    }
  });

  it("takes every allowed transition and refuses the others, per role and country", async () => {
    const { id } = await createListing(focalEg, needInput(), freshMeta());
    // Not public yet: nobody but its owners and the secretariat sees it (404, as for an unknown id).
    expect(await kindOf(getListing(id, focalPe, "en"))).toBe("not_found");
    expect(await kindOf(getListing(id, null, "en"))).toBe("not_found");
    expect((await getListing(id, focalEg2, "en")).transitions).toEqual(["submitted", "withdrawn"]);

    const step = (who: CurrentUser | null, to: ListingStatus, comment = "") => row(id).then((r) => transitionListing(who, id, { to, version: r.version, comment }, freshMeta()));
    // The secretariat may not submit for the owner; a focal point of Peru is nobody to Egypt's need.
    expect(await kindOf(step(secretariat, "submitted"))).toBe("forbidden");
    expect(await kindOf(step(focalPe, "submitted"))).toBe("forbidden");
    expect(await kindOf(step(member, "submitted"))).toBe("forbidden");
    // No such step from draft.
    expect(await kindOf(step(secretariat, "published"))).toBe("conflict");
    // Another focal point of Egypt shares the need.
    expect(await kindOf(step(focalEg2, "submitted"))).toBe("ok");
    expect(await kindOf(step(focalEg, "published"))).toBe("forbidden");
    expect(await kindOf(step(secretariat, "returned", "Name the beneficiary institutions"))).toBe("ok");
    expect((await row(id)).status).toBe("returned");
    expect(await kindOf(step(focalEg, "submitted"))).toBe("ok");
    expect(await kindOf(step(admin, "published"))).toBe("ok");
    expect(await kindOf(step(focalPe, "in_discussion"))).toBe("forbidden");
    expect(await kindOf(step(focalEg, "in_discussion"))).toBe("ok");
    expect(await kindOf(step(focalEg, "matched"))).toBe("forbidden");
    expect(await kindOf(step(secretariat, "withdrawn"))).toBe("forbidden");
    expect(await kindOf(step(focalEg, "closed"))).toBe("ok");
    expect(await kindOf(step(focalEg, "withdrawn"))).toBe("conflict");
    expect(await audits(id)).toEqual(["listing.create", "listing.submit", "listing.return", "listing.submit", "listing.publish", "listing.discuss", "listing.close"]);
  });

  it("refuses a stale version with a 409 naming the status, and writes nothing", async () => {
    const { id } = await createListing(focalEg, needInput(), freshMeta(), { submit: true });
    const before = await row(id);
    try {
      await transitionListing(secretariat, id, { to: "published", version: before.version + 5, comment: "" }, freshMeta());
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).kind).toBe("conflict");
      expect((e as AppError).message).toContain("submitted");
    }
    expect(await row(id)).toEqual(before);
  });

  it("lets one of twenty concurrent transitions win; the others get 409 and nothing is written twice", async () => {
    const { id, version } = await createListing(focalEg, needInput(), freshMeta(), { submit: true });
    const results = await Promise.all(Array.from({ length: 20 }, () => kindOf(transitionListing(secretariat, id, { to: "published", version, comment: "" }, freshMeta()))));
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "conflict")).toHaveLength(19);
    expect((await row(id)).version).toBe(version + 1);
    expect((await audits(id)).filter((a) => a === "listing.publish")).toHaveLength(1);
    const emails = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox_email WHERE template = 'listingPublished' AND text_body LIKE ${`%${id}%`}`;
    // The two focal points of Egypt in this file's people, and any others of earlier tests: once each.
    expect(emails[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it("keeps a return's comment, requires one, and emails the owners in their language", async () => {
    const { id, version } = await createListing(focalEg, needInput(), freshMeta(), { submit: true });
    await transitionListing(secretariat, id, { to: "returned", version, comment: "Please name the beneficiary institutions." }, freshMeta());
    expect((await row(id)).review_comment).toBe("Please name the beneficiary institutions.");
    const mails = await db().$queryRaw<{ to: string; locale: string }[]>`
      SELECT "to", locale FROM outbox_email WHERE template = 'listingReturned' AND text_body LIKE ${`%${id}%`} ORDER BY "to"`;
    const byAddress = new Map(mails.map((m) => [m.to, m.locale]));
    expect(byAddress.get(focalEg.email)).toBe("ar");
    expect(byAddress.get(focalEg2.email)).toBe("fr");
  });

  it("edits with the version read: stale is a 409 carrying the listing as it is now; bad fields name the field", async () => {
    const { id } = await createListing(focalEg, needInput(), freshMeta());
    const saved = await updateListing(focalEg2, id, { version: 1, title: { en: "Set up a GI registry", fr: "Créer un registre des IG" } }, freshMeta());
    expect(saved.version).toBe(2);
    try {
      await updateListing(focalEg, id, { version: 1, timeframe: "2027" }, freshMeta());
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).kind).toBe("conflict");
      expect(((e as AppError).extra.current as { listing: { title: Record<string, string> } }).listing.title.fr).toBe("Créer un registre des IG");
    }
    try {
      await updateListing(focalEg, id, { version: 2, forms: [] }, freshMeta());
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).extra.invalidParams).toEqual([{ name: "forms", reason: "required" }]);
    }
    expect(await kindOf(updateListing(focalPe, id, { version: 2, timeframe: "x" }, freshMeta()))).toBe("forbidden");
    expect((await row(id)).version).toBe(2);
  });
});
