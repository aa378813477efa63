import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { contactMessageSchema } from "@/modules/consultants/schemas";
import { CONTACT_LIMITS, sendMessage } from "@/modules/consultants/server";
import { freshMeta } from "../support/factories";
import { clearRoster, consultantFixture, insertRoster } from "../support/roster";
import { signedInAs } from "../support/session";

/** A visitor's message to a consultant through the portal (docs/CONSULTANTS.md, "Contact"). */
const ARABIC_BIO = consultantFixture({ fullName: "ليلى حداد", email: "leila@roster.example.org", bio: { en: "Examiner.", ar: "فاحصة براءات." } });
const NO_BIO = consultantFixture({ fullName: "Grace Mensah", email: "grace@roster.example.org", bio: {} });
const DRAFT = consultantFixture({ fullName: "Draft", status: "draft", email: "draft@roster.example.org" });
let WITH_ACCOUNT = consultantFixture();

const message = (consultantId: string, over: Record<string, string> = {}) =>
  contactMessageSchema.parse({ consultantId, name: "Ram Thapa", email: "ram.thapa@ipo.example.np", message: "We plan a training on geographical indications in Kathmandu next spring.", website: "", lng: "en", ...over });
const outboxTo = (to: string) => db().outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await clearRoster();
  const owner = await signedInAs(["member", "consultant"]);
  await db().user.update({ where: { id: owner.id }, data: { preferredLanguage: "fr" } });
  WITH_ACCOUNT = consultantFixture({ fullName: "Jean Mbeki", email: "jean@roster.example.org", userId: owner.id, bio: { en: "Trainer." } });
  await insertRoster(inject("databaseUrl"), { consultants: [ARABIC_BIO, NO_BIO, DRAFT, WITH_ACCOUNT] });
});

afterAll(clearRoster);

describe("sending a message to a consultant", () => {
  it("queues an email to the consultant in their language, with the sender's reply address in the body, audited", async () => {
    const meta = freshMeta();
    await sendMessage(message(WITH_ACCOUNT.id), null, meta);
    const [fr] = await outboxTo("jean@roster.example.org");
    expect(fr).toMatchObject({ locale: "fr", template: "consultantMessage" });
    expect(fr!.subject).toContain("Ram Thapa");
    expect(fr!.textBody).toContain("ram.thapa@ipo.example.np");
    expect(fr!.textBody).toContain("geographical indications in Kathmandu");
    expect(fr!.textBody).toContain(`/fr/consultants/${WITH_ACCOUNT.id}`);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "consultant.contact", targetId: WITH_ACCOUNT.id } });
    expect(audit).toMatchObject({ outcome: "success", actorId: null, ip: meta.ip });
    // The audit row keeps who wrote, not what.
    expect(JSON.stringify(audit.detail)).not.toContain("Kathmandu");

    // Without an account: the bio's first locale (ar); without a bio: English.
    await sendMessage(message(ARABIC_BIO.id), null, freshMeta());
    expect((await outboxTo("leila@roster.example.org"))[0]).toMatchObject({ locale: "ar" });
    const member = await signedInAs(["member"]);
    const sender = { id: member.id, email: "m@example.org", name: "M", roles: ["member" as const], focalPointCountry: null, preferredLanguage: "en" };
    await sendMessage(message(NO_BIO.id), sender, freshMeta());
    expect((await outboxTo("grace@roster.example.org"))[0]).toMatchObject({ locale: "en" });
    expect((await db().auditEvent.findFirstOrThrow({ where: { action: "consultant.contact", targetId: NO_BIO.id } })).actorId).toBe(member.id);
  });

  it("refuses profiles that are not approved (404), and invalid fields by name", async () => {
    await expect(sendMessage(message(DRAFT.id), null, freshMeta())).rejects.toMatchObject({ kind: "not_found" });
    expect(await outboxTo("draft@roster.example.org")).toEqual([]);
    const bad = contactMessageSchema.safeParse({ consultantId: "nope", name: "", email: "not-an-address", message: "short", lng: "xx" });
    expect(bad.success).toBe(false);
    expect(Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]))).toEqual({
      consultantId: "invalid_id",
      name: "required",
      email: "invalid_email",
      message: "too_short",
      lng: "invalid_choice",
    });
  });

  it("answers a filled honeypot as sent and queues nothing", async () => {
    const before = await db().outboxEmail.count();
    await sendMessage(message(NO_BIO.id, { website: "http://spam.example" }), null, freshMeta());
    expect(await db().outboxEmail.count()).toBe(before);
    expect(await db().auditEvent.count({ where: { action: "consultant.contact", outcome: "denied", targetId: NO_BIO.id } })).toBe(1);
  });

  it("limits messages per sender address and per consultant", async () => {
    const meta = freshMeta();
    for (let i = 0; i < CONTACT_LIMITS.perIp; i++) await sendMessage(message(ARABIC_BIO.id), null, meta);
    const before = await db().outboxEmail.count();
    const refused = await sendMessage(message(ARABIC_BIO.id), null, meta).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ kind: "rate_limited" });
    expect(await db().outboxEmail.count()).toBe(before);
    // Another address may still write to someone else, but the consultant's own limit holds for everyone.
    await sendMessage(message(NO_BIO.id), null, freshMeta());
    const sent = (await outboxTo("leila@roster.example.org")).length;
    for (let i = sent; i < CONTACT_LIMITS.perConsultant; i++) await sendMessage(message(ARABIC_BIO.id), null, freshMeta());
    await expect(sendMessage(message(ARABIC_BIO.id), null, freshMeta())).rejects.toMatchObject({ kind: "rate_limited" });
    expect((await outboxTo("leila@roster.example.org")).length).toBe(CONTACT_LIMITS.perConsultant);
  });
});
