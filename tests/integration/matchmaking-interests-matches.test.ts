import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/modules/accounts/server";
import { matchInputSchema } from "@/modules/matchmaking/schemas";
import {
  answerInterest,
  expressInterest,
  getListing,
  listInterests,
  listMatches,
  recordMatch,
  saveSearch,
  sendDigests,
  sentInterests,
  unsubscribe,
} from "@/modules/matchmaking/server";
import { matchesQuerySchema } from "@/modules/matchmaking/schemas";
import { freshMeta } from "../support/factories";
import { needInput, offerInput, person, publishedListing } from "../support/matchmaking";

const kindOf = (p: Promise<unknown>) => p.then(() => "ok", (e) => (e instanceof AppError ? e.kind : Promise.reject(e)));

let focalEg: CurrentUser, secretariat: CurrentUser, partner: CurrentUser, member: CurrentUser, focalPe: CurrentUser;
beforeAll(async () => {
  focalEg = await person(["focal_point"], { focal: "EG", lng: "ar" });
  focalPe = await person(["focal_point"], { focal: "PE" });
  secretariat = await person(["secretariat"]);
  partner = await person(["partner"], { country: "KR", organisation: "Seoul IP Fund" });
  member = await person(["member"], { country: "KE" });
});

describe("interests", () => {
  it("reaches the owners and the secretariat; the sender's contact stays hidden until the owner accepts", async () => {
    const id = await publishedListing(focalEg, secretariat, needInput({ title: { en: `Interest test ${Date.now()}` } }));
    const { id: interestId } = await expressInterest(partner, id, "We can fund two study visits next year.", freshMeta());
    const mails = await db().$queryRaw<{ to: string; locale: string }[]>`SELECT "to", locale FROM outbox_email WHERE template = 'interestReceived' AND text_body LIKE ${`%${id}%`}`;
    expect(mails.map((m) => m.to)).toEqual(expect.arrayContaining([focalEg.email, secretariat.email]));
    expect(mails.find((m) => m.to === focalEg.email)!.locale).toBe("ar");

    let seen = await listInterests(focalEg, id);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.from.organisation).toBe("Seoul IP Fund");
    expect(seen[0]!.contact).toBeNull();
    // The secretariat brokers: it sees every contact. Others: the interests do not exist for them.
    expect((await listInterests(secretariat, id))[0]!.contact?.email).toBe(partner.email);
    expect(await kindOf(listInterests(focalPe, id))).toBe("not_found");
    expect(await kindOf(listInterests(member, id))).toBe("not_found");
    // Only the owners answer; a second interest of the same person is a conflict; the owner cannot be interested in their own.
    expect(await kindOf(answerInterest(secretariat, id, interestId, { decision: "accept", reply: "" }, freshMeta()))).toBe("forbidden");
    expect(await kindOf(expressInterest(partner, id, "Again, the same interest.", freshMeta()))).toBe("conflict");
    expect(await kindOf(expressInterest(focalEg, id, "Our own listing, really.", freshMeta()))).toBe("forbidden");
    expect((await sentInterests(partner, "en")).find((s) => s.id === interestId)!.contact).toBeNull();

    await answerInterest(focalEg, id, interestId, { decision: "accept", reply: "Welcome — let us talk." }, freshMeta());
    seen = await listInterests(focalEg, id);
    expect(seen[0]!.contact).toEqual({ name: partner.name, email: partner.email });
    expect((await sentInterests(partner, "en")).find((s) => s.id === interestId)!.contact?.email).toBe("contact@example.org");
    // Accepting moved the need into discussion, through the state machine (audited).
    expect((await getListing(id, null, "en")).status).toBe("in_discussion");
    const actions = (await db().$queryRaw<{ action: string }[]>`SELECT action FROM audit_event WHERE target_id = ${id} ORDER BY id`).map((a) => a.action);
    expect(actions.slice(-3)).toEqual(["listing.interest", "listing.interest.accept", "listing.discuss"]);
    expect(await kindOf(answerInterest(focalEg, id, interestId, { decision: "decline", reply: "" }, freshMeta()))).toBe("conflict");
  });

  it("takes no interest in a listing that is not open", async () => {
    const id = (await db().$queryRaw<{ id: string }[]>`SELECT id FROM listing WHERE status = 'draft' LIMIT 1`)[0]?.id;
    if (id) expect(await kindOf(expressInterest(partner, id, "A draft is not open to interest.", freshMeta()))).toBe("not_found");
  });
});

describe("matches", () => {
  it("derives the modality: South-South between developing countries, triangular with a developed funder, North-South otherwise", async () => {
    const need = await publishedListing(focalEg, secretariat, needInput({ title: { en: `Match need ${Date.now()}` } }));
    const offer = await publishedListing(partner, secretariat, offerInput({ ownerCountry: "MA", countries: ["MA"] }));
    const base = { supportType: "technical", title: { en: "Egypt and Morocco: GI registry" }, startsOn: "2026-03-01", isPublic: true };
    const ss = await recordMatch(secretariat, matchInputSchema.parse({ ...base, parties: [{ role: "beneficiary", listingId: need }, { role: "provider", listingId: offer }] }), freshMeta());
    expect(ss.modality).toBe("south-south");
    const tri = await recordMatch(
      secretariat,
      matchInputSchema.parse({ ...base, parties: [{ role: "beneficiary", listingId: need }, { role: "provider", organisation: "OMPIC", country: "MA" }, { role: "funder", organisation: "Agence française", organisationType: "donor", country: "FR" }] }),
      freshMeta(),
    );
    expect(tri.modality).toBe("triangular");
    const igo = await recordMatch(
      secretariat,
      matchInputSchema.parse({ ...base, parties: [{ role: "beneficiary", organisation: "KIPI", country: "KE" }, { role: "provider", organisation: "INDECOPI", country: "PE" }, { role: "funder", organisation: "An IGO", organisationType: "igo" }] }),
      freshMeta(),
    );
    expect(igo.modality).toBe("triangular");
    const ns = await recordMatch(secretariat, matchInputSchema.parse({ ...base, isPublic: false, parties: [{ role: "beneficiary", listingId: need }, { role: "provider", organisation: "INPI", country: "FR" }] }), freshMeta());
    expect(ns.modality).toBe("north-south");
    // The listings joined became matched; their owners were written to.
    expect((await getListing(need, null, "en")).status).toBe("matched");
    expect((await getListing(offer, null, "en")).status).toBe("matched");
    const publicOnes = await listMatches(matchesQuerySchema.parse({ limit: 100 }));
    expect(publicOnes.items.map((m) => m.id)).toEqual(expect.arrayContaining([ss.id, tri.id, igo.id]));
    expect(publicOnes.items.map((m) => m.id)).not.toContain(ns.id);
    expect((await listMatches(matchesQuerySchema.parse({ modality: "triangular", limit: 100 }))).items.every((m) => m.modality === "triangular")).toBe(true);
  });

  it("refuses parties that do not exist or are not open, naming the party, and writes nothing", async () => {
    const before = await db().match.count();
    try {
      await recordMatch(secretariat, matchInputSchema.parse({ supportType: "technical", title: { en: "x" }, startsOn: "2026-01-01", parties: [{ role: "beneficiary", organisation: "A", country: "KE" }, { role: "provider", listingId: "00000000-0000-4000-8000-00000000dead" }] }), freshMeta());
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).extra.invalidParams).toEqual([{ name: "parties.1.listingId", reason: "unknown_listing" }]);
    }
    expect(await db().match.count()).toBe(before);
  });
});

describe("saved searches", () => {
  it("sends a digest of new matching listings in the subscriber's language, and unsubscribes with the link's token alone", async () => {
    const subscriber = await person(["member"], { lng: "fr" });
    await saveSearch(subscriber, "kind=offer&ipArea=copyright&cursor=abc", "daily", freshMeta());
    // Saved with its filters only (no cursor), and the first digest covers listings published after it was saved.
    const [saved] = await db().$queryRaw<{ id: string; query: string }[]>`SELECT id, query FROM saved_search WHERE user_id = ${subscriber.id}::uuid`;
    expect(saved!.query).toBe("ipArea=copyright&kind=offer");
    await db().$executeRaw`UPDATE saved_search SET last_sent_at = now() - interval '2 days' WHERE id = ${saved!.id}::uuid`;
    const title = `Gestion collective ${Date.now()}`;
    await publishedListing(partner, secretariat, offerInput({ title: { fr: title }, ipAreas: ["copyright"], themes: [] }));
    await publishedListing(partner, secretariat, offerInput({ title: { fr: `Pas du droit d'auteur ${Date.now()}` }, ipAreas: ["patents"], themes: [] }));
    expect(await sendDigests()).toBeGreaterThanOrEqual(1);
    const [mail] = await db().$queryRaw<{ subject: string; text_body: string; locale: string }[]>`
      SELECT subject, text_body, locale FROM outbox_email WHERE template = 'savedSearchDigest' AND "to" = ${subscriber.email}`;
    expect(mail!.locale).toBe("fr");
    expect(mail!.text_body).toContain(title);
    expect(mail!.text_body).not.toContain("Pas du droit d'auteur");
    const token = mail!.text_body.match(/unsubscribe\?token=([A-Za-z0-9_-]+)/)![1]!;
    // Not due again today: nothing more is sent.
    await sendDigests();
    expect((await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox_email WHERE template = 'savedSearchDigest' AND "to" = ${subscriber.email}`)[0]!.n).toBe(1);
    await unsubscribe(token, freshMeta());
    expect(await db().savedSearch.count({ where: { userId: subscriber.id } })).toBe(0);
    expect(await kindOf(unsubscribe(token, freshMeta()))).toBe("not_found");
  });
});
