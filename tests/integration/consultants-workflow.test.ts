import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportAccountData } from "@/modules/accounts/server";
import { deleteAccount } from "@/modules/accounts/server";
import { CV_MAX_BYTES } from "@/modules/consultants/constants";
import { consultantProfileInputSchema, consultantsQuerySchema, reviewDecisionSchema, type ConsultantProfileInput } from "@/modules/consultants/schemas";
import { formToProfileInput } from "@/modules/consultants/profile-form";
import {
  acceptInvitation,
  confirmOwnProfile,
  decideReview,
  getOwnProfile,
  nominateConsultant,
  peekInvitation,
  saveOwnCv,
  saveOwnProfile,
  searchConsultants,
  sendConfirmationReminders,
  withdrawOwnProfile,
} from "@/modules/consultants/server";
import { hashPassword } from "@/modules/accounts/server/passwords";
import { freshMeta, GOOD_PASSWORD, uniqueEmail } from "../support/factories";
import { clearRoster } from "../support/roster";

type Actor = { id: string; email: string; roles: string[]; name: string; focalPointCountry: string | null };

async function user(roles: ("member" | "focal_point" | "secretariat")[], { lng = "en", country = null as string | null } = {}): Promise<Actor> {
  const u = await db().user.create({
    data: {
      email: uniqueEmail("roster"),
      name: "Roster user",
      emailVerifiedAt: new Date(),
      preferredLanguage: lng,
      organisationName: "Office",
      organisationType: "ip_office",
      organisationCountry: "EG",
      roles,
      focalPointCountry: country,
      passwordHash: await hashPassword(GOOD_PASSWORD),
    },
  });
  return { id: u.id, email: u.email, roles: u.roles, name: u.name, focalPointCountry: u.focalPointCountry };
}

const profile = (over: Partial<ConsultantProfileInput> = {}): ConsultantProfileInput =>
  consultantProfileInputSchema.parse({
    fullName: "Amani Wanjiru Otieno",
    latinName: null,
    nationalities: ["KE"],
    residenceCountry: "KE",
    gender: "female",
    organisation: "Kenya Industrial Property Institute",
    position: "Senior examiner",
    ipAreas: ["patents"],
    skills: ["patent_examination", "ip_teaching"],
    sectors: ["agriculture_food"],
    yearsExperience: 12,
    bio: { en: "Examiner of agricultural patents (zymurgical specialty).", fr: "Examinatrice de brevets." },
    languages: [{ code: "sw", level: "native" }, { code: "en", level: "fluent" }],
    availability: "available",
    travel: true,
    remote: true,
    email: "amani@example.org",
    phone: "+254 20 600 0000",
    ...over,
  });

const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "latin1");
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
const outbox = (to: string) => db().outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const audits = (id: string) => db().auditEvent.findMany({ where: { targetId: id }, orderBy: { at: "asc" } }).then((r) => r.map((a) => a.action));
const found = async (q: string) => (await searchConsultants(consultantsQuerySchema.parse({ q }))).items.map((i) => i.id);

let secretariat: Actor;
beforeAll(async () => {
  await clearRoster();
  secretariat = await user(["member", "secretariat"]);
});
afterAll(clearRoster);

describe("the roster workflow", () => {
  it("apply → submit → return → resubmit → approve: role granted, emails in the applicant's language, audited", async () => {
    const applicant = await user(["member"], { lng: "fr" });
    const draft = await saveOwnProfile(applicant, profile(), freshMeta());
    expect(draft).toMatchObject({ status: "draft", version: 1 });
    expect(await outbox(applicant.email)).toHaveLength(0);

    const submitted = await saveOwnProfile(applicant, profile(), freshMeta(), { expectedVersion: 1, submit: true });
    expect(submitted.status).toBe("submitted");
    let mails = await outbox(applicant.email);
    expect(mails.map((m) => [m.template, m.locale])).toEqual([["consultantSubmitted", "fr"]]);
    expect(mails[0]!.subject).toBe("Nous avons reçu votre profil");

    await decideReview(secretariat, reviewDecisionSchema.parse({ id: draft.id, decision: "return", comment: "Ajoutez vos langues de travail.", version: submitted.version }), freshMeta());
    let own = await getOwnProfile(applicant.id);
    expect(own).toMatchObject({ status: "returned", review_comment: "Ajoutez vos langues de travail." });
    mails = await outbox(applicant.email);
    expect(mails.at(-1)).toMatchObject({ template: "consultantReturned", locale: "fr" });
    expect(mails.at(-1)!.textBody).toContain("Ajoutez vos langues de travail.");

    const again = await saveOwnProfile(applicant, profile({ languages: [{ code: "sw", level: "native" }, { code: "en", level: "fluent" }, { code: "fr", level: "working" }] }), freshMeta(), { expectedVersion: own!.version, submit: true });
    expect(again.status).toBe("submitted");
    expect(await found("zymurgical")).not.toContain(draft.id);

    await decideReview(secretariat, { id: draft.id, decision: "approve", comment: "", version: again.version }, freshMeta());
    own = await getOwnProfile(applicant.id);
    expect(own!.status).toBe("approved");
    expect((await db().user.findUniqueOrThrow({ where: { id: applicant.id } })).roles).toContain("consultant");
    expect((await outbox(applicant.email)).at(-1)).toMatchObject({ template: "consultantApproved", locale: "fr" });
    // Searchable like a seeded profile: bio, name, skill labels in other languages.
    expect(await found("zymurgical")).toContain(draft.id);
    expect(await found("Wanjiru")).toContain(draft.id);
    expect(await found("examen des brevets")).toContain(draft.id);
    expect(await audits(draft.id)).toEqual(["consultant.create", "consultant.update", "consultant.submit", "consultant.return", "consultant.update", "consultant.submit", "consultant.approve"]);
    expect(await db().auditEvent.count({ where: { targetId: applicant.id, action: "user.roles_change" } })).toBe(1);

    // After approval: other fields publish at once; expertise goes back to review and leaves the search.
    const published = await saveOwnProfile(applicant, profile({ position: "Head of examination", languages: own!.language_list }), freshMeta(), { expectedVersion: own!.version });
    expect(published).toMatchObject({ status: "approved", backToReview: false });
    expect(await found("zymurgical")).toContain(draft.id);
    const back = await saveOwnProfile(applicant, profile({ skills: ["patent_examination"], languages: own!.language_list }), freshMeta(), { expectedVersion: published.version });
    expect(back).toMatchObject({ status: "submitted", backToReview: true });
    expect(await found("zymurgical")).not.toContain(draft.id);
    expect((await audits(draft.id)).at(-1)).toBe("consultant.resubmit");
  });

  it("rejects with a comment; a stale version is a 409 and writes nothing; bad input names the field", async () => {
    const applicant = await user(["member"], { lng: "ar" });
    const s = await saveOwnProfile(applicant, profile({ fullName: "سلمى حداد", email: "salma@example.org" }), freshMeta(), { submit: true });
    await expect(decideReview(secretariat, { id: s.id, decision: "reject", comment: "Hors du champ.", version: s.version + 5 }, freshMeta())).rejects.toMatchObject({ kind: "conflict" });
    expect((await getOwnProfile(applicant.id))!.status).toBe("submitted");
    expect(reviewDecisionSchema.safeParse({ id: s.id, decision: "reject", comment: " ", version: 1 }).error?.issues[0]).toMatchObject({ path: ["comment"], message: "comment_required" });
    await decideReview(secretariat, { id: s.id, decision: "reject", comment: "Hors du champ.", version: s.version }, freshMeta());
    expect((await outbox(applicant.email)).at(-1)).toMatchObject({ template: "consultantRejected", locale: "ar" });
    expect((await db().user.findUniqueOrThrow({ where: { id: applicant.id } })).roles).not.toContain("consultant");

    const before = await db().auditEvent.count();
    const p = await getOwnProfile(applicant.id);
    await expect(saveOwnProfile(applicant, profile({ position: "changed" }), freshMeta(), { expectedVersion: p!.version - 1 })).rejects.toMatchObject({ kind: "conflict" });
    expect((await getOwnProfile(applicant.id))!.position).toBe(p!.position);
    expect(await db().auditEvent.count()).toBe(before);

    const bad = consultantProfileInputSchema.safeParse(formToProfileInput({ fullName: "X", nationalities: ["KE"], residenceCountry: "KE", organisation: "O", ipAreas: ["patents"], skills: ["nope"], yearsExperience: "3", languages: "en:fluent", availability: "available", email: "x@example.org", bio_en: "Bio" }));
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path[0])).toEqual(["skills"]);
  });

  it("CV: a PDF is accepted and replaced, a PNG named .pdf and a file over 5 MB are refused naming cv", async () => {
    const applicant = await user(["member"]);
    await expect(saveOwnCv(applicant, { bytes: PDF, name: "cv.pdf" }, freshMeta())).rejects.toMatchObject({ extra: { invalidParams: [{ name: "cv", reason: "cv_profile_first" }] } });
    const s = await saveOwnProfile(applicant, profile({ email: "cv@example.org" }), freshMeta());
    expect(await saveOwnCv(applicant, { bytes: PDF, name: "Mon CV été.pdf" }, freshMeta())).toMatchObject({ size: PDF.byteLength });
    await expect(saveOwnCv(applicant, { bytes: PNG, name: "photo.pdf" }, freshMeta())).rejects.toMatchObject({ extra: { invalidParams: [{ name: "cv", reason: "cv_not_pdf" }] } });
    const big = Buffer.concat([PDF, Buffer.alloc(CV_MAX_BYTES)]);
    await expect(saveOwnCv(applicant, { bytes: big, name: "big.pdf" }, freshMeta())).rejects.toMatchObject({ extra: { invalidParams: [{ name: "cv", reason: "cv_too_large" }] } });
    const own = await getOwnProfile(applicant.id);
    expect(own).toMatchObject({ cv_size: PDF.byteLength, version: s.version });
    expect(await audits(s.id)).toEqual(["consultant.create", "consultant.cv_upload"]);
  });

  it("nomination: a draft with the focal point's country, an invitation emailed, accepted once", async () => {
    const focal = await user(["member", "focal_point"], { country: "EG" });
    const email = uniqueEmail("nominee");
    const { id } = await nominateConsultant(focal, { fullName: "Nour El-Sayed", email, lng: "ar" }, freshMeta());
    const row = await db().consultant.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "draft", nominatedBy: focal.id, nationalities: ["EG"], userId: null });
    const [mail] = await outbox(email);
    expect(mail).toMatchObject({ template: "consultantNominated", locale: "ar" });
    const token = /token=([\w-]+)/.exec(mail!.textBody)![1]!;
    expect(mail!.redactedBody).not.toContain(token);
    expect((await db().consultantInvitation.findUniqueOrThrow({ where: { consultantId: id } })).tokenHash).not.toContain(token);
    await expect(nominateConsultant(focal, { fullName: "Nour again", email, lng: "ar" }, freshMeta())).rejects.toMatchObject({ kind: "invalid_input" });

    expect(await peekInvitation(token)).toMatchObject({ state: "valid" });
    const nominee = await user(["member"]);
    await acceptInvitation(nominee, token, freshMeta());
    expect((await getOwnProfile(nominee.id))!.id).toBe(id);
    expect(await peekInvitation(token)).toMatchObject({ state: "used" });
    const other = await user(["member"]);
    await expect(acceptInvitation(other, token, freshMeta())).rejects.toMatchObject({ extra: { invalidParams: [{ name: "token", reason: "invitation_used" }] } });
    await db().consultantInvitation.update({ where: { consultantId: id }, data: { usedAt: null, expiresAt: new Date(Date.now() - 1000) } });
    await db().consultant.update({ where: { id }, data: { userId: null } });
    expect(await peekInvitation(token)).toMatchObject({ state: "expired" });
    await expect(acceptInvitation(other, token, freshMeta())).rejects.toMatchObject({ extra: { invalidParams: [{ name: "token", reason: "invitation_expired" }] } });
    expect(await audits(id)).toEqual(["consultant.nominate", "consultant.accept_nomination"]);
  });

  it("reminders: once per confirmation, in the account's language; confirming resets them", async () => {
    const applicant = await user(["member"], { lng: "zh" });
    const s = await saveOwnProfile(applicant, profile({ email: "remind@example.org" }), freshMeta(), { submit: true });
    await decideReview(secretariat, { id: s.id, decision: "approve", comment: "", version: s.version }, freshMeta());
    await db().consultant.update({ where: { id: s.id }, data: { lastConfirmedAt: new Date(Date.now() - 340 * 86_400_000) } });
    await sendConfirmationReminders();
    await sendConfirmationReminders();
    const reminders = (await outbox(applicant.email)).filter((m) => m.template === "consultantReminder");
    expect(reminders.map((m) => m.locale)).toEqual(["zh"]);
    expect(await sendConfirmationReminders()).toBe(0);
    await confirmOwnProfile(applicant, freshMeta());
    const own = await getOwnProfile(applicant.id);
    expect(own!.reminded_at).toBeNull();
    expect(Date.now() - own!.last_confirmed_at.getTime()).toBeLessThan(60_000);
    expect((await db().user.findUniqueOrThrow({ where: { id: applicant.id } })).roles).toContain("consultant");
    await withdrawOwnProfile(applicant, own!.version, freshMeta());
    expect((await getOwnProfile(applicant.id))!.status).toBe("withdrawn");
    // Withdrawn after approval: the consultant role granted with the approval goes too, audited.
    expect((await db().user.findUniqueOrThrow({ where: { id: applicant.id } })).roles).toEqual(["member"]);
    const roleChange = await db().auditEvent.findFirst({ where: { action: "user.roles_change", targetId: applicant.id }, orderBy: { id: "desc" } });
    expect(roleChange!.detail).toMatchObject({ revoked: "consultant" });
  });

  it("the data download includes the profile (CV name and size, not bytes); deleting the account deletes it", async () => {
    const applicant = await user(["member"]);
    const s = await saveOwnProfile(applicant, profile({ email: "gdpr@example.org" }), freshMeta());
    await saveOwnCv(applicant, { bytes: PDF, name: "cv.pdf" }, freshMeta());
    const data = await exportAccountData(applicant);
    expect(data.rosterProfile).toMatchObject({ id: s.id, status: "draft", fullName: "Amani Wanjiru Otieno", cv: { filename: "cv.pdf", bytes: PDF.byteLength } });
    expect(JSON.stringify(data)).not.toContain("%PDF");
    await deleteAccount(applicant, GOOD_PASSWORD, freshMeta());
    expect(await db().consultant.count({ where: { id: s.id } })).toBe(0);
    expect(await db().consultantCv.count({ where: { consultantId: s.id } })).toBe(0);
  });
});
