import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as rounds from "@/app/api/v1/questionnaire/rounds/route";
import * as round from "@/app/api/v1/questionnaire/rounds/[id]/route";
import * as response from "@/app/api/v1/questionnaire/rounds/[id]/responses/[iso2]/route";
import * as transitions from "@/app/api/v1/questionnaire/rounds/[id]/responses/[iso2]/transitions/route";
import * as revisions from "@/app/api/v1/questionnaire/rounds/[id]/responses/[iso2]/revisions/route";
import { hashPassword } from "@/modules/accounts/server/passwords";
import { deleteAccount, exportAccountData, type CurrentUser } from "@/modules/accounts/server";
import { initiativeForStory, saveResponse } from "@/modules/questionnaire/server";
import { callRoute } from "../support/call-route";
import { freshMeta, GOOD_PASSWORD, uniqueEmail } from "../support/factories";
import { signedInAs } from "../support/session";
import { completeAnswers, testRound } from "../support/questionnaire";

// Benin and Nepal: developing countries no other test file answers for.
const cookies: Record<string, string> = {};
const as = (who: string): Record<string, string> => (who === "visitor" ? {} : { cookie: cookies[who]! });
let roundId = "";
const url = (iso2: string, tail = "") => `/api/v1/questionnaire/rounds/${roundId}/responses/${iso2}${tail}`;
const put = (iso2: string, body: unknown, who: string, headers: Record<string, string> = {}) =>
  callRoute(response.PUT, url(iso2), { method: "PUT", params: { id: roundId, iso2 }, body, headers: { ...as(who), ...headers } });
const get = (iso2: string, who: string) => callRoute(response.GET, url(iso2), { params: { id: roundId, iso2 }, headers: as(who) });
const step = (iso2: string, body: unknown, who: string) => callRoute(transitions.POST, url(iso2, "/transitions"), { method: "POST", params: { id: roundId, iso2 }, body, headers: as(who) });
const rowsOf = async (iso2: string) => {
  const [r] = await db().$queryRaw<{ n: bigint; revs: bigint; audits: bigint }[]>`
    SELECT (SELECT count(*) FROM questionnaire_response WHERE round_id = ${roundId}::uuid AND country = ${iso2}) AS n,
      (SELECT count(*) FROM questionnaire_revision v JOIN questionnaire_response r ON r.id = v.response_id WHERE r.round_id = ${roundId}::uuid AND r.country = ${iso2}) AS revs,
      (SELECT count(*) FROM audit_event WHERE action LIKE 'questionnaire.%' AND detail->>'country' = ${iso2} AND detail->>'round' = (SELECT name FROM questionnaire_round WHERE id = ${roundId}::uuid)) AS audits`;
  return { responses: Number(r!.n), revisions: Number(r!.revs), audits: Number(r!.audits) };
};

beforeAll(async () => {
  roundId = (await testRound()).id;
  cookies.bj1 = (await signedInAs(["member", "focal_point"], { focalPointCountry: "BJ" })).cookie;
  cookies.bj2 = (await signedInAs(["member", "focal_point"], { focalPointCountry: "BJ" })).cookie;
  cookies.np = (await signedInAs(["member", "focal_point"], { focalPointCountry: "NP" })).cookie;
  cookies.secretariat = (await signedInAs(["member", "secretariat"])).cookie;
  cookies.member = (await signedInAs(["member"])).cookie;
});

describe("questionnaire rounds", () => {
  it("lists rounds and gives one with its definition", async () => {
    const list = await callRoute(rounds.GET, "/api/v1/questionnaire/rounds");
    expect(list.status).toBe(200);
    expect((list.json as { items: { id: string }[] }).items.map((r) => r.id)).toContain(roundId);
    const one = await callRoute(round.GET, `/api/v1/questionnaire/rounds/${roundId}`, { params: { id: roundId } });
    expect(one.status).toBe(200);
    const def = (one.json as { definition: { sections: { questions: { id: string }[] }[] } }).definition;
    expect(def.sections.flatMap((s) => s.questions.map((q) => q.id))).toEqual(["office_name", "languages", "staff_trained", "agreement_date", "took_part", "initiatives"]);
    expect((await callRoute(round.GET, "/api/v1/questionnaire/rounds/nope", { params: { id: "nope" } })).status).toBe(400);
  });
});

describe("a country's response", () => {
  it("is not started until a focal point saves it; the first save is version 1 with a revision and an audit row", async () => {
    const before = await get("BJ", "bj1");
    expect(before.status).toBe(200);
    expect(before.json).toMatchObject({ status: "not_started", version: 0, answers: {} });
    const saved = await put("BJ", { version: 0, answers: { office_name: "Office of Benin", languages: ["fr"] } }, "bj1");
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ status: "draft", version: 1, answers: { office_name: "Office of Benin", languages: ["fr"] } });
    expect(saved.headers.get("etag")).toBe('"v1"');
    expect(await rowsOf("BJ")).toEqual({ responses: 1, revisions: 1, audits: 1 });
  });

  it("refuses a wrong answer with a 400 naming its path, and writes nothing", async () => {
    const before = await rowsOf("BJ");
    const bad = await put("BJ", { version: 1, answers: { staff_trained: "many", agreement_date: "2024-02-30", took_part: true, initiatives: [{ title: "ok" }, { title: "x".repeat(301), partner_countries: ["XX"] }], unknown_q: "?" } }, "bj1");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect((bad.json as { invalidParams: { name: string; reason: string }[] }).invalidParams).toEqual(
      expect.arrayContaining([
        { name: "staff_trained", reason: "invalidNumber" },
        { name: "agreement_date", reason: "invalidDate" },
        { name: "initiatives[1].title", reason: "tooLong" },
        { name: "initiatives[1].partner_countries", reason: "invalidCountry" },
        { name: "unknown_q", reason: "unknownQuestion" },
      ]),
    );
    const noVersion = await put("BJ", { answers: {} }, "bj1");
    expect(noVersion.status).toBe(400);
    expect((noVersion.json as { invalidParams: { name: string }[] }).invalidParams[0]!.name).toBe("version");
    expect(await rowsOf("BJ")).toEqual(before);
  });

  it("of twenty saves of one version at once, one wins and nineteen get a 409 with the current version; nothing is written half", async () => {
    const current = (await get("BJ", "bj1")).json as { version: number };
    const before = await rowsOf("BJ");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => put("BJ", { version: current.version, answers: { office_name: `Office of Benin, save ${i}`, languages: ["fr"], staff_trained: i } }, i % 2 ? "bj1" : "bj2")),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = results.find((r) => r.status === 200)!.json as { version: number; answers: { office_name: string; staff_trained: number } };
    expect(winner.version).toBe(current.version + 1);
    for (const r of results.filter((x) => x.status === 409)) {
      const body = r.json as { current: { version: number; answers: unknown; changes: { version: number; fields: string[] }[] } };
      expect(body.current.version).toBe(current.version + 1);
      expect(body.current.answers).toEqual(winner.answers);
      expect(body.current.changes.map((c) => c.version)).toEqual([current.version + 1]);
      expect(body.current.changes[0]!.fields).toEqual(expect.arrayContaining(["office_name", "staff_trained"]));
    }
    // The winner's answers whole, one revision and one audit row more.
    const stored = (await get("BJ", "bj2")).json as { version: number; answers: unknown };
    expect(stored).toMatchObject({ version: current.version + 1, answers: winner.answers });
    expect(await rowsOf("BJ")).toEqual({ responses: 1, revisions: before.revisions + 1, audits: before.audits + 1 });
  });

  it("takes the version from If-Match, and a save that changes nothing writes nothing", async () => {
    const current = (await get("BJ", "bj1")).json as { version: number; answers: Record<string, unknown> };
    const before = await rowsOf("BJ");
    const same = await put("BJ", { answers: current.answers }, "bj2", { "if-match": `"v${current.version}"` });
    expect(same.status).toBe(200);
    expect((same.json as { version: number }).version).toBe(current.version);
    expect(await rowsOf("BJ")).toEqual(before);
    const stale = await put("BJ", { answers: { ...current.answers, office_name: "Stale" } }, "bj2", { "if-match": `"v${current.version - 1}"` });
    expect(stale.status).toBe(409);
  });

  it("keeps every save as a revision: who, when, which fields", async () => {
    const current = (await get("BJ", "bj1")).json as { version: number; answers: Record<string, unknown> };
    await put("BJ", { version: current.version, answers: { ...current.answers, took_part: true, initiatives: [{ title: "Twinning with Peru" }] } }, "bj2");
    const list = await callRoute(revisions.GET, url("BJ", "/revisions"), { params: { id: roundId, iso2: "BJ" }, headers: as("bj1") });
    expect(list.status).toBe(200);
    const items = (list.json as { items: { version: number; by: string; at: string; fields: string[] }[] }).items;
    expect(items[0]).toMatchObject({ version: current.version + 1, by: "Test user", fields: ["took_part", "initiatives[0]"] });
    expect(items.map((i) => i.version)).toEqual([...items.map((i) => i.version)].sort((a, b) => b - a));
    expect(items.at(-1)!.version).toBe(1);
  });

  it("is private to the country's focal points and the secretariat, whichever ids are tried", async () => {
    const before = await rowsOf("BJ");
    for (const who of ["np", "member"]) {
      expect((await get("BJ", who)).status).toBe(403);
      expect((await callRoute(revisions.GET, url("BJ", "/revisions"), { params: { id: roundId, iso2: "BJ" }, headers: as(who) })).status).toBe(403);
      expect((await put("BJ", { version: 3, answers: { office_name: "Hijacked" } }, who)).status).toBe(403);
      expect((await step("BJ", { to: "submitted", version: 3 }, who)).status).toBe(403);
    }
    // Lower-case code, the same refusal; a visitor is asked to sign in.
    expect((await callRoute(response.GET, url("bj"), { params: { id: roundId, iso2: "bj" }, headers: as("np") })).status).toBe(403);
    expect((await get("BJ", "visitor")).status).toBe(401);
    // The secretariat reads but does not write answers.
    expect((await get("BJ", "secretariat")).status).toBe(200);
    expect((await put("BJ", { version: 3, answers: {} }, "secretariat")).status).toBe(403);
    // Nepal's focal point answers for Nepal only; a developed country is not asked at all.
    expect((await get("NP", "np")).status).toBe(200);
    expect((await get("CH", "secretariat")).status).toBe(404);
    expect(await rowsOf("BJ")).toEqual(before);
  });
});

describe("submitting, returning and accepting", () => {
  it("names every required answer missing, conditional ones included, and submits nothing", async () => {
    const current = (await get("BJ", "bj1")).json as { version: number; answers: Record<string, unknown> };
    // took_part is yes, so the initiatives are required, and in the one given the title is there but not what was done or the results.
    const res = await step("BJ", { to: "submitted", version: current.version }, "bj1");
    expect(res.status).toBe(400);
    const names = (res.json as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name).sort();
    expect(names).toEqual(["initiatives[0].results", "initiatives[0].what_was_done"]);
    expect(((await get("BJ", "bj1")).json as { status: string }).status).toBe("draft");
  });

  it("submits a complete response with a reference and a receipt to every focal point of the country; then it is frozen", async () => {
    const current = (await get("BJ", "bj1")).json as { version: number };
    const saved = (await put("BJ", { version: current.version, answers: completeAnswers() }, "bj1")).json as { version: number };
    const res = await step("BJ", { to: "submitted", version: saved.version }, "bj2");
    expect(res.status).toBe(200);
    const body = res.json as { status: string; reference: string; version: number };
    expect(body.status).toBe("submitted");
    expect(body.reference).toMatch(/^T-[0-9a-f]{8}-BJ-[0-9A-Z]{5}$/);
    const receipts = await db().$queryRaw<{ to: string }[]>`SELECT "to" FROM outbox_email WHERE template = 'questionnaireReceipt' AND text_body LIKE ${`%${body.reference}%`}`;
    const focalEmails = await db().$queryRaw<{ email: string }[]>`SELECT email::text FROM app_user WHERE focal_point_country = 'BJ' AND active`;
    expect(receipts.map((r) => r.to).sort()).toEqual(focalEmails.map((u) => u.email).sort());
    // Frozen: a save, and a second submission, are 409s.
    expect((await put("BJ", { version: body.version, answers: { office_name: "Late change" } }, "bj1")).status).toBe(409);
    expect((await step("BJ", { to: "submitted", version: body.version }, "bj1")).status).toBe(409);
  });

  it("lets only the secretariat return it (with a comment) or accept it; a step not allowed from the status is a 409", async () => {
    let current = (await get("BJ", "bj1")).json as { version: number; reference: string };
    expect((await step("BJ", { to: "accepted", version: current.version }, "bj1")).status).toBe(403);
    const noComment = await step("BJ", { to: "returned", version: current.version }, "secretariat");
    expect(noComment.status).toBe(400);
    expect((noComment.json as { invalidParams: { name: string }[] }).invalidParams[0]!.name).toBe("comment");
    const returned = await step("BJ", { to: "returned", version: current.version, comment: "Please add the number of GIs." }, "secretariat");
    expect(returned.status).toBe(200);
    expect(returned.json).toMatchObject({ status: "returned", reviewComment: "Please add the number of GIs.", reference: current.reference });
    current = returned.json as { version: number; reference: string };
    // Reopened: the focal points edit and submit again; the reference stays.
    const edited = (await put("BJ", { version: current.version, answers: { ...completeAnswers(), staff_trained: 14 } }, "bj1")).json as { version: number };
    expect((await step("BJ", { to: "accepted", version: edited.version }, "secretariat")).status).toBe(409);
    const again = (await step("BJ", { to: "submitted", version: edited.version }, "bj1")).json as { version: number; reference: string };
    expect(again.reference).toBe(current.reference);
    const accepted = await step("BJ", { to: "accepted", version: again.version }, "secretariat");
    expect(accepted.json).toMatchObject({ status: "accepted" });
    const v = (accepted.json as { version: number }).version;
    expect((await step("BJ", { to: "returned", version: v, comment: "too late" }, "secretariat")).status).toBe(409);
    expect((await step("BJ", { to: "submitted", version: v - 1 }, "bj1")).status).toBe(409);
    const trail = await db().$queryRaw<{ action: string }[]>`SELECT action FROM audit_event WHERE target_type = 'questionnaire_response' AND detail->>'country' = 'BJ' AND action <> 'questionnaire.response.save' ORDER BY id`;
    expect(trail.map((t) => t.action).slice(-4)).toEqual(["questionnaire.response.submit", "questionnaire.response.return", "questionnaire.response.submit", "questionnaire.response.accept"]);
  });

  it("lays an accepted response's initiative out as the start of a story", async () => {
    const r = (await get("BJ", "secretariat")).json as { id: string; status: string };
    expect(r.status).toBe("accepted");
    const draft = await initiativeForStory(r.id, 0);
    expect(draft).toMatchObject({
      responseId: r.id, index: 0, status: "accepted", country: "BJ", locale: "en", title: "GI registry twinning", results: "12 GIs registered.",
      themes: ["trademarks_gis"], ipAreas: ["geographical_indications"], partnerCountries: ["PE"], periodStart: 2021, periodEnd: 2023, summary: "Examiners visited.",
    });
    expect(draft!.body).toContain("## Results\n\n12 GIs registered.");
    expect(draft!.body).toContain("A registry.");
    expect(await initiativeForStory(r.id, 5)).toBeNull();
  });

  it("refuses to start a response once the round is closed", async () => {
    const closed = await testRound(undefined, { open: false });
    const res = await callRoute(response.PUT, `/api/v1/questionnaire/rounds/${closed.id}/responses/NP`, { method: "PUT", params: { id: closed.id, iso2: "NP" }, body: { version: 0, answers: { office_name: "x" } }, headers: as("np") });
    expect(res.status).toBe(409);
    expect(await db().questionnaireResponse.count({ where: { roundId: closed.id } })).toBe(0);
  });
});

describe("a focal point's own data", () => {
  it("the download lists the saves they made; deleting the account removes their name from the history, not the country's answers", async () => {
    const u = await db().user.create({
      data: { email: uniqueEmail("q"), name: "Nepal focal point", emailVerifiedAt: new Date(), preferredLanguage: "en", organisationName: "Office", organisationType: "ip_office", organisationCountry: "NP", roles: ["member", "focal_point"], focalPointCountry: "NP", passwordHash: await hashPassword(GOOD_PASSWORD) },
    });
    const me: CurrentUser = { id: u.id, email: u.email, name: u.name, roles: u.roles, focalPointCountry: "NP", preferredLanguage: "en" };
    const current = (await get("NP", "np")).json as { version: number };
    const saved = await saveResponse(me, roundId, "NP", { version: current.version, answers: { office_name: "Nepal IP office" } }, freshMeta());
    const data = await exportAccountData(me);
    expect(data.questionnaireSaves).toEqual([expect.objectContaining({ country: "NP", version: saved.version, fields: ["office_name"] })]);
    await deleteAccount(me, GOOD_PASSWORD, freshMeta());
    const [rev] = await db().$queryRaw<{ user_id: string | null; user_name: string }[]>`
      SELECT v.user_id::text, v.user_name FROM questionnaire_revision v JOIN questionnaire_response r ON r.id = v.response_id
      WHERE r.round_id = ${roundId}::uuid AND r.country = 'NP' AND v.version = ${saved.version}`;
    expect(rev).toEqual({ user_id: null, user_name: "" });
    expect(((await get("NP", "np")).json as { answers: unknown }).answers).toEqual({ office_name: "Nepal IP office" });
  });
});
