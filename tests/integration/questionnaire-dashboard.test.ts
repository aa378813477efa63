import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import readXlsxFile from "read-excel-file/node";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as dashboard from "@/app/api/v1/questionnaire/rounds/[id]/dashboard/route";
import * as exporter from "@/app/api/v1/questionnaire/rounds/[id]/export/route";
import * as reminders from "@/app/api/v1/questionnaire/rounds/[id]/reminders/route";
import * as response from "@/app/api/v1/questionnaire/rounds/[id]/responses/[iso2]/route";
import * as transitions from "@/app/api/v1/questionnaire/rounds/[id]/responses/[iso2]/transitions/route";
import { roundDashboard, type RoundDashboard } from "@/modules/questionnaire/server";
import { callRoute } from "../support/call-route";
import { signedInAs } from "../support/session";
import { completeAnswers, testRound } from "../support/questionnaire";

// Countries no other test file answers for or makes focal points of: Ghana (developing, Africa),
// Bolivia (developing, Americas), Malawi (LDC, Africa), Cambodia (LDC, Asia); Tuvalu (LDC,
// Oceania) has no focal point.
const cookies: Record<string, string> = {};
const users: Record<string, string> = {};
const as = (who: string): Record<string, string> => (who === "visitor" ? {} : { cookie: cookies[who]! });
let roundId = "";
let roundName = "";
const base = () => `/api/v1/questionnaire/rounds/${roundId}`;
const put = (iso2: string, body: unknown, who: string) => callRoute(response.PUT, `${base()}/responses/${iso2}`, { method: "PUT", params: { id: roundId, iso2 }, body, headers: as(who) });
const step = (iso2: string, body: unknown, who: string) => callRoute(transitions.POST, `${base()}/responses/${iso2}/transitions`, { method: "POST", params: { id: roundId, iso2 }, body, headers: as(who) });
const remind = (body: unknown, who: string) => callRoute(reminders.POST, `${base()}/reminders`, { method: "POST", params: { id: roundId }, body, headers: as(who) });

/** The export route's answer as bytes (callRoute reads JSON). */
async function download(query: string, who: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const req = new NextRequest(new URL(`${base()}/export?${query}`, "http://localhost"), { headers: as(who) });
  const res = await exporter.GET(req, { params: Promise.resolve({ id: roundId }) });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const secondInitiative = {
  title: "Patent examination training",
  partner_countries: ["BO", "PE"],
  themes: ["patents"],
  ip_areas: ["patents"],
  start_year: 2022,
  what_was_done: "Two examiners trained for a month.",
  results: "Backlog down by a fifth.",
  replicable: "no",
};

/** What a reminder writes: emails to this file's focal points, reminder rows of its round, audit rows. */
async function sideEffects() {
  const [r] = await db().$queryRaw<{ outbox: bigint; reminders: bigint; audits: bigint }[]>`
    SELECT (SELECT count(*) FROM outbox_email o JOIN app_user u ON lower(u.email::text) = lower(o."to")
        WHERE u.id = ANY(${Object.values(users)}::uuid[]) AND o.template = 'questionnaireReminder') AS outbox,
      (SELECT count(*) FROM questionnaire_reminder WHERE round_id = ${roundId}::uuid) AS reminders,
      (SELECT count(*) FROM audit_event WHERE action = 'questionnaire.reminders.send' AND target_id = ${roundId}) AS audits`;
  return { outbox: Number(r!.outbox), reminders: Number(r!.reminders), audits: Number(r!.audits) };
}

/** Invited countries of the reference table, counted by region and by LDC status (what the dashboard must add up to). */
async function invited() {
  const rows = await db().$queryRaw<{ iso2: string; region_code: string; ldc: boolean }[]>`SELECT iso2, region_code, ldc FROM country WHERE development_status = 'developing'`;
  return rows;
}

beforeAll(async () => {
  ({ id: roundId, name: roundName } = await testRound());
  for (const [who, country, language] of [["gh", "GH", "fr"], ["bo", "BO", "es"], ["mw1", "MW", "en"], ["mw2", "MW", "ar"], ["kh", "KH", "en"]] as const) {
    const u = await signedInAs(["member", "focal_point"], { focalPointCountry: country });
    await db().user.update({ where: { id: u.id }, data: { preferredLanguage: language } });
    cookies[who] = u.cookie;
    users[who] = u.id;
  }
  const sec = await signedInAs(["member", "secretariat"]);
  cookies.secretariat = sec.cookie;

  // Ghana submits two initiatives; Bolivia keeps a draft; Malawi is returned; Cambodia accepted.
  const gh = await put("GH", { version: 0, answers: { ...completeAnswers(), initiatives: [...completeAnswers().initiatives, secondInitiative] } }, "gh");
  expect(gh.status).toBe(200);
  expect((await step("GH", { to: "submitted", version: (gh.json as { version: number }).version }, "gh")).status).toBe(200);
  expect((await put("BO", { version: 0, answers: { office_name: "Oficina de Bolivia" } }, "bo")).status).toBe(200);
  const mw = await put("MW", { version: 0, answers: completeAnswers() }, "mw1");
  const mwSubmitted = await step("MW", { to: "submitted", version: (mw.json as { version: number }).version }, "mw2");
  expect((await step("MW", { to: "returned", version: (mwSubmitted.json as { version: number }).version, comment: "Please give the results in figures." }, "secretariat")).status).toBe(200);
  const kh = await put("KH", { version: 0, answers: completeAnswers() }, "kh");
  const khSubmitted = await step("KH", { to: "submitted", version: (kh.json as { version: number }).version }, "kh");
  expect((await step("KH", { to: "accepted", version: (khSubmitted.json as { version: number }).version }, "secretariat")).status).toBe(200);
});

describe("the round's dashboard", () => {
  it("counts every invited country by progress, region and development status", async () => {
    const d = await roundDashboard(roundId, "en");
    const all = await invited();
    expect(d.round).toMatchObject({ id: roundId, name: roundName, open: true });
    expect(d.countries).toHaveLength(all.length);
    expect(d.totals).toEqual({ not_started: all.length - 4, draft: 1, submitted: 1, returned: 1, accepted: 1 });
    const of = (iso2: string) => d.countries.find((c) => c.iso2 === iso2)!;
    expect(of("GH")).toMatchObject({ progress: "submitted", region: "002", ldc: false, focalPoints: 1, m49: "288" });
    expect(of("GH").submittedAt).not.toBeNull();
    expect(of("MW")).toMatchObject({ progress: "returned", ldc: true, focalPoints: 2 });
    expect(of("KH")).toMatchObject({ progress: "accepted", region: "142", ldc: true });
    expect(of("BO")).toMatchObject({ progress: "draft", region: "019", ldc: false, submittedAt: null });
    expect(of("TV")).toMatchObject({ progress: "not_started", focalPoints: 0, lastReminderAt: null });
    // A developed country is not invited.
    expect(d.countries.some((c) => c.iso2 === "FR")).toBe(false);

    const region = (code: string) => d.byRegion.find((r) => r.region === code)!.counts;
    const inRegion = (code: string) => all.filter((c) => c.region_code === code).length;
    expect(region("002")).toEqual({ not_started: inRegion("002") - 2, draft: 0, submitted: 1, returned: 1, accepted: 0 });
    expect(region("019")).toEqual({ not_started: inRegion("019") - 1, draft: 1, submitted: 0, returned: 0, accepted: 0 });
    expect(region("142")).toEqual({ not_started: inRegion("142") - 1, draft: 0, submitted: 0, returned: 0, accepted: 1 });
    expect(d.byRegion.reduce((a, r) => a + Object.values(r.counts).reduce((x, y) => x + y, 0), 0)).toBe(all.length);
    const ldcs = all.filter((c) => c.ldc).length;
    expect(d.byStatus).toEqual({
      ldc: { not_started: ldcs - 2, draft: 0, submitted: 0, returned: 1, accepted: 1 },
      developing: { not_started: all.length - ldcs - 2, draft: 1, submitted: 1, returned: 0, accepted: 0 },
    });
  });

  it("names the countries in the reader's language through the API, the secretariat only", async () => {
    const res = await callRoute(dashboard.GET, `${base()}/dashboard?lng=fr`, { params: { id: roundId }, headers: as("secretariat") });
    expect(res.status).toBe(200);
    const d = res.json as RoundDashboard;
    expect(d.countries.find((c) => c.iso2 === "KH")!.name).toBe("Cambodge");
    expect(d.byRegion.find((r) => r.region === "002")!.name).toBe("Afrique");
    expect((await callRoute(dashboard.GET, `${base()}/dashboard`, { params: { id: roundId }, headers: as("gh") })).status).toBe(403);
    expect((await callRoute(dashboard.GET, `${base()}/dashboard`, { params: { id: roundId } })).status).toBe(401);
  });
});

describe("reminders", () => {
  it("are refused to a focal point (403) and to a visitor (401), and nothing is written", async () => {
    const before = await sideEffects();
    expect((await remind({}, "bo")).status).toBe(403);
    expect((await remind({ countries: ["BO"] }, "visitor")).status).toBe(401);
    expect(await sideEffects()).toEqual(before);
  });

  it("refuses a malformed list with a 400 naming the field, writing nothing", async () => {
    const before = await sideEffects();
    const bad = await remind({ countries: ["BOL"] }, "secretariat");
    expect(bad.status).toBe(400);
    expect(JSON.stringify((bad.json as { invalidParams: unknown }).invalidParams)).toContain("countries");
    expect(await sideEffects()).toEqual(before);
  });

  it("go to the focal points of the countries that have not submitted, each in their language; a second press within a week reminds nobody", async () => {
    const before = await sideEffects();
    const only = ["GH", "BO", "MW", "KH", "TV"];
    const first = await remind({ countries: only }, "secretariat");
    expect(first.status).toBe(200);
    // Ghana (submitted) and Cambodia (accepted) are not reminded; Tuvalu has no focal point.
    expect(first.json).toEqual({ reminded: ["BO", "MW"], recentlyReminded: [], withoutFocalPoint: ["TV"] });
    const mails = await db().$queryRaw<{ to: string; locale: string; template: string; text_body: string }[]>`
      SELECT o."to", o.locale, o.template, o.text_body FROM outbox_email o JOIN app_user u ON lower(u.email::text) = lower(o."to")
      WHERE u.id = ANY(${Object.values(users)}::uuid[]) AND o.template = 'questionnaireReminder' ORDER BY o.locale`;
    expect(mails.map((m) => [m.locale, m.template])).toEqual([
      ["ar", "questionnaireReminder"],
      ["en", "questionnaireReminder"],
      ["es", "questionnaireReminder"],
    ]);
    for (const m of mails) expect(m.text_body).toContain(`/${m.locale}/questionnaire/${roundId}/`);
    const after = await sideEffects();
    expect(after).toEqual({ outbox: before.outbox + 3, reminders: before.reminders + 2, audits: before.audits + 1 });

    const d = await roundDashboard(roundId, "en");
    expect(d.countries.find((c) => c.iso2 === "BO")!.lastReminderAt).not.toBeNull();
    expect(d.countries.find((c) => c.iso2 === "GH")!.lastReminderAt).toBeNull();

    const second = await remind({ countries: only }, "secretariat");
    expect(second.status).toBe(200);
    expect(second.json).toEqual({ reminded: [], recentlyReminded: ["BO", "MW"], withoutFocalPoint: ["TV"] });
    const again = await sideEffects();
    expect({ outbox: again.outbox, reminders: again.reminders }).toEqual({ outbox: after.outbox, reminders: after.reminders });
  });
});

describe("the export", () => {
  const frenchHeaders = ["Cycle", "Code du pays", "Pays", "Statut", "Référence", "Soumis le"];

  it("is refused to a focal point (403) and a visitor (401)", async () => {
    expect((await download("format=csv", "gh")).status).toBe(403);
    expect((await download("format=xlsx", "visitor")).status).toBe(401);
    expect((await download("format=pdf", "secretariat")).status).toBe(400);
  });

  it("as CSV in French: one row per initiative, multiple choices as 1/0, labels in French", async () => {
    const res = await download("format=csv&lng=fr", "secretariat");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="questionnaire-${roundName.replace(/[^A-Za-z0-9_-]/g, "_")}-fr.csv"`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const [header, ...rows] = parse(res.bytes.toString("utf8"), { bom: true }) as string[][];
    expect(header!.slice(0, 6)).toEqual(frenchHeaders);
    expect(header).toEqual(expect.arrayContaining(["Languages (fr): English (fr)", "Languages (fr): French (fr)", "Languages (fr): Arabic (fr)", "Initiative n°", "Title (fr)", "Partner countries (fr)", "Themes (fr)", "IP areas (fr)"]));
    const col = (name: string) => header!.indexOf(name);
    // Ghana: two initiatives, two rows; Bolivia (draft, no initiative): one; Malawi, Cambodia: one each.
    const ghana = rows.filter((r) => r[col("Code du pays")] === "GH");
    expect(ghana).toHaveLength(2);
    expect(rows.filter((r) => r[col("Code du pays")] === "BO")).toHaveLength(1);
    expect(rows).toHaveLength(5);
    const [first, second] = ghana;
    expect(first![col("Pays")]).toBe("Ghana");
    expect(first![col("Statut")]).toBe("Soumis");
    expect(first![col("Cycle")]).toBe(roundName);
    expect(first![col("Référence")]).not.toBe("");
    expect([first![col("Languages (fr): English (fr)")], first![col("Languages (fr): French (fr)")], first![col("Languages (fr): Arabic (fr)")]]).toEqual(["1", "1", "0"]);
    expect(first![col("Did you take part? (fr)")]).toBe("Oui");
    expect([first![col("Initiative n°")], second![col("Initiative n°")]]).toEqual(["1", "2"]);
    expect([first![col("Title (fr)")], second![col("Title (fr)")]]).toEqual(["GI registry twinning", "Patent examination training"]);
    expect(first![col("Partner countries (fr)")]).toBe("Pérou");
    expect(second![col("Partner countries (fr)")]).toBe("Bolivie; Pérou");
    expect(first![col("Themes (fr)")]).toBe("Marques et indications géographiques");
    expect(first![col("IP areas (fr)")]).toBe("Indications géographiques");
    expect(first![col("Replicable? (fr)")]).toBe("Yes (fr)");
    expect(second![col("Replicable? (fr)")]).toBe("No (fr)");
    // Hidden by its condition (not replicable): left out.
    expect(second![col("What others need (fr)")]).toBe("");
    const bolivia = rows.find((r) => r[col("Code du pays")] === "BO")!;
    expect(bolivia[col("Statut")]).toBe("Brouillon");
    expect(bolivia[col("Initiative n°")]).toBe("");
    expect(bolivia[col("Languages (fr): English (fr)")]).toBe("");
  });

  it("as XLSX in English: the same cells, numbers as numbers", async () => {
    const res = await download("format=xlsx&lng=en", "secretariat");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const sheets = await readXlsxFile(res.bytes);
    expect(sheets).toHaveLength(1);
    const [header, ...rows] = sheets[0]!.data;
    expect(header!.slice(0, 6)).toEqual(["Round", "Country code", "Country", "Status", "Reference", "Submitted at"]);
    const col = (name: string) => header!.indexOf(name);
    const ghana = rows.filter((r) => r[col("Country code")] === "GH");
    expect(ghana).toHaveLength(2);
    expect(rows).toHaveLength(5);
    expect(ghana[0]![col("Status")]).toBe("Submitted");
    expect([ghana[0]![col("Languages: English")], ghana[0]![col("Languages: French")], ghana[0]![col("Languages: Arabic")]]).toEqual([1, 1, 0]);
    expect([ghana[0]![col("Initiative no.")], ghana[1]![col("Initiative no.")]]).toEqual([1, 2]);
    expect(ghana[1]![col("From")]).toBe(2022);
    expect(ghana[1]![col("Partner countries")]).toBe("Bolivia; Peru");
    expect(rows.find((r) => r[col("Country code")] === "MW")![col("Status")]).toBe("Returned");
    expect(rows.find((r) => r[col("Country code")] === "KH")![col("Status")]).toBe("Accepted");
  });
});
