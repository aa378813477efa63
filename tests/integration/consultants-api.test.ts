import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as detail } from "@/app/api/v1/consultants/[id]/route";
import { GET as exportRoute } from "@/app/api/v1/consultants/export/route";
import { GET as search } from "@/app/api/v1/consultants/route";
import { db } from "@/lib/db";
import { callRoute } from "../support/call-route";
import { activityFixture, assignmentFixture, clearRoster, consultantFixture, insertRoster } from "../support/roster";
import { signedInAs } from "../support/session";

const A1 = activityFixture({ title: { en: "Seminar on patents", fr: "Séminaire sur les brevets" }, experts: [{ id: "e2000000-0000-4000-8000-000000000001", name: "X", country: "EG" }] });
const A2 = activityFixture({ status: "cancelled", startDate: "2025-01-10", endDate: "2025-01-12" });
const C1 = consultantFixture({ fullName: "Amina Diallo", nationalities: ["SN", "ML"], residenceCountry: "SN", gender: "female", email: "amina@roster.example.org", phone: "+221 33 123 4567" });
const C2 = consultantFixture({ fullName: "Grace Mensah", nationalities: ["GH"], residenceCountry: "GH", gender: "female", email: "=cmd|' /C calc'!A0" });
const DRAFT = consultantFixture({ fullName: "Draft Person", status: "draft" });
const STALE = consultantFixture({ fullName: "Old Profile", lastConfirmedAt: "2020-01-01T00:00:00.000Z" });
const PRIVATE_KEYS = ["email", "phone", "gender", "hasCv", "status", "version"];

const cookies: Record<string, string> = {};
const getDetail = (id: string, query = "", who?: string) =>
  callRoute(detail, `/api/v1/consultants/${id}${query}`, { params: { id }, headers: who ? { cookie: cookies[who]! } : {} });

/** The export streams: read it as text. */
async function exportAs(query: string, who?: string) {
  const res = await exportRoute(new NextRequest(new URL(`/api/v1/consultants/export?${query}`, "http://localhost"), { headers: who ? { cookie: cookies[who]! } : {} }));
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString("utf8") };
}

beforeAll(async () => {
  await clearRoster();
  await insertRoster(inject("databaseUrl"), {
    activities: [A1, A2],
    consultants: [C1, C2, DRAFT, STALE],
    assignments: [assignmentFixture(C1, A1), assignmentFixture(C1, A2, { role: "speaker" })],
  });
  await db().consultantCv.create({ data: { consultantId: C1.id, bytes: Buffer.from("%PDF-1.4\n%%EOF\n"), filename: "cv.pdf" } });
  cookies.member = (await signedInAs(["member"])).cookie;
  cookies.consultant = (await signedInAs(["member", "consultant"])).cookie;
  cookies.focal = (await signedInAs(["member", "focal_point"], { focalPointCountry: "PE" })).cookie;
  cookies.secretariat = (await signedInAs(["member", "secretariat"])).cookie;
  cookies.admin = (await signedInAs(["member", "admin"])).cookie;
});

afterAll(clearRoster);

describe("GET /api/v1/consultants/{id}", () => {
  it("shows visitors and members the public profile only, with its assignments", async () => {
    for (const who of [undefined, "member", "consultant"]) {
      const res = await getDetail(C1.id, "", who);
      expect(res.status, who).toBe(200);
      const body = res.json as Record<string, unknown>;
      expect(body.view).toBe("public");
      for (const key of PRIVATE_KEYS) expect(body, `${who} ${key}`).not.toHaveProperty(key);
      expect(JSON.stringify(body)).not.toContain("amina@roster");
      expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=30");
      expect(res.headers.get("vary")).toBe("Cookie");
    }
    const body = (await getDetail(C1.id, "?lng=fr")).json as { nationalities: string[]; assignments: number; assignmentList: { activityId: string; activityTitle: string; role: string; modality: string }[] };
    expect(body.nationalities).toEqual(["ML", "SN"]);
    // The cancelled activity's assignment neither counts nor shows.
    expect(body.assignments).toBe(1);
    expect(body.assignmentList).toEqual([expect.objectContaining({ activityId: A1.id, activityTitle: "Séminaire sur les brevets", role: "expert", modality: "south-south" })]);
  });

  it("shows focal points, the secretariat and admins the full profile", async () => {
    for (const who of ["focal", "secretariat", "admin"]) {
      const res = await getDetail(C1.id, "", who);
      expect(res.status, who).toBe(200);
      expect(res.json).toMatchObject({ view: "full", email: "amina@roster.example.org", phone: "+221 33 123 4567", gender: "female", hasCv: true, status: "approved", version: 1 });
      expect(res.headers.get("cache-control")).toBe("private, no-store");
    }
    expect((await getDetail(C2.id, "", "secretariat")).json).toMatchObject({ hasCv: false });
    // view=public asks for what visitors see.
    expect((await getDetail(C1.id, "?view=public", "secretariat")).json).not.toHaveProperty("email");
  });

  it("refuses view=full 401 to visitors and 403 without the right, before looking the profile up", async () => {
    const unknown = "00000000-0000-4000-8000-00000000dead";
    for (const id of [C1.id, unknown]) {
      expect((await getDetail(id, "?view=full")).status).toBe(401);
      expect((await getDetail(id, "?view=full", "member")).status).toBe(403);
      expect((await getDetail(id, "?view=full", "consultant")).status).toBe(403);
    }
    expect((await getDetail(unknown, "?view=full", "focal")).status).toBe(404);
    expect((await getDetail(C1.id, "?view=full", "focal")).status).toBe(200);
  });

  it("answers 404 for profiles that are not approved or do not exist, 400 for a bad id", async () => {
    for (const who of [undefined, "secretariat"]) expect((await getDetail(DRAFT.id, "", who)).status).toBe(404);
    expect((await getDetail("00000000-0000-4000-8000-00000000dead")).status).toBe(404);
    const bad = await getDetail("nope");
    expect(bad.status).toBe(400);
    expect((bad.json as { invalidParams: unknown[] }).invalidParams).toEqual([{ name: "id", reason: "invalid_id" }]);
    const badView = await getDetail(C1.id, "?view=everything");
    expect((badView.json as { invalidParams: unknown[] }).invalidParams).toEqual([{ name: "view", reason: "invalid_choice" }]);
  });

  it("keeps a stale profile reachable, marked", async () => {
    expect((await getDetail(STALE.id)).json).toMatchObject({ stale: true, confirmedAt: "2020-01-01T00:00:00.000Z" });
  });
});

describe("GET /api/v1/consultants/export", () => {
  it("is for the secretariat and admins only", async () => {
    expect((await exportAs("format=json")).status).toBe(401);
    for (const who of ["member", "consultant", "focal"]) {
      const res = await exportAs("format=json", who);
      expect(res.status, who).toBe(403);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(res.text).not.toContain("roster.example.org");
    }
  });

  it("streams every matching approved profile with its personal data", async () => {
    const json = await exportAs("format=json", "secretariat");
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toMatch(/^attachment; filename="roc-consultants-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(json.headers.get("cache-control")).toBe("private, no-store");
    const rows = JSON.parse(json.text) as Record<string, unknown>[];
    expect(rows.map((r) => r.id).sort()).toEqual([C1.id, C2.id].sort());
    expect(rows.find((r) => r.id === C1.id)).toMatchObject({ email: "amina@roster.example.org", gender: "female", nationalities: "ML;SN", assignments: 1, south_south_share: 1, languages: "am:native;en:fluent" });
    const filtered = JSON.parse((await exportAs("format=json&nationality=GH", "admin")).text) as { id: string }[];
    expect(filtered.map((r) => r.id)).toEqual([C2.id]);
    const withStale = JSON.parse((await exportAs("format=json&includeStale=true", "admin")).text) as { id: string }[];
    expect(withStale.map((r) => r.id)).toContain(STALE.id);
  });

  it("writes CSV with a BOM, a header and formulas defused", async () => {
    const csv = await exportAs("format=csv", "secretariat");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.text.replace(/^\uFEFF/, "");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toMatch(/^id,full_name,latin_name,nationalities,/);
    expect(lines).toHaveLength(3);
    expect(text).toContain("'=cmd");
  });

  it("answers 400 naming a bad filter or format", async () => {
    const res = await exportAs("format=xml", "secretariat");
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).invalidParams).toEqual([{ name: "format", reason: "invalid_choice" }]);
  });
});

describe("search answers", () => {
  it("carry no private field whoever asks", async () => {
    const res = await callRoute(search, "/api/v1/consultants?limit=100", { headers: { cookie: cookies.secretariat! } });
    const items = (res.json as { items: Record<string, unknown>[] }).items;
    expect(items.length).toBe(2);
    for (const i of items) for (const key of PRIVATE_KEYS) expect(i).not.toHaveProperty(key);
  });
});
