import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as cvRoute } from "@/app/api/v1/consultants/[id]/cv/route";
import { db } from "@/lib/db";
import { clearRoster, consultantFixture, insertRoster } from "../support/roster";
import { signedInAs } from "../support/session";

/** Who may download a CV (docs/CONSULTANTS.md, "CV"), and how it is served. */
const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "latin1");
const UNKNOWN = "00000000-0000-4000-8000-00000000dead";
const cookies: Record<string, string> = {};
let ownerId = "";

const APPROVED = consultantFixture({ fullName: "Amina Diallo", nationalities: ["SN"] });
const SUBMITTED = consultantFixture({ fullName: "Pending Review", status: "submitted", nationalities: ["PE"] });
const NO_CV = consultantFixture({ fullName: "No Cv" });
let OWN = consultantFixture();

async function getCv(id: string, who?: string) {
  const req = new NextRequest(new URL(`/api/v1/consultants/${id}/cv`, "http://localhost"), { headers: who ? { cookie: cookies[who]! } : {} });
  const res = await cvRoute(req, { params: Promise.resolve({ id }) });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  await clearRoster();
  const owner = await signedInAs(["member", "consultant"]);
  cookies.owner = owner.cookie;
  ownerId = owner.id;
  OWN = consultantFixture({ fullName: "Own Profile", userId: ownerId, status: "returned" });
  await insertRoster(inject("databaseUrl"), { consultants: [APPROVED, SUBMITTED, NO_CV, OWN] });
  for (const [c, filename] of [[APPROVED, "CV Amina Diallo (2025).pdf"], [SUBMITTED, "pending.pdf"], [OWN, "مني.pdf"]] as const) {
    await db().consultantCv.create({ data: { consultantId: c.id, bytes: PDF, filename } });
  }
  cookies.member = (await signedInAs(["member"])).cookie;
  cookies.partner = (await signedInAs(["member", "partner"])).cookie;
  cookies.consultant = (await signedInAs(["member", "consultant"])).cookie;
  cookies.focal = (await signedInAs(["member", "focal_point"], { focalPointCountry: "EG" })).cookie;
  cookies.secretariat = (await signedInAs(["member", "secretariat"])).cookie;
  cookies.admin = (await signedInAs(["member", "admin"])).cookie;
});

afterAll(clearRoster);

describe("GET /api/v1/consultants/{id}/cv", () => {
  it("is 401 for visitors and 403 for members without the right, for any id (no probing)", async () => {
    for (const id of [APPROVED.id, UNKNOWN, SUBMITTED.id]) {
      const visitor = await getCv(id);
      expect(visitor.status).toBe(401);
      expect(visitor.headers.get("content-type")).toBe("application/problem+json");
      for (const who of ["member", "partner", "consultant"]) {
        const res = await getCv(id, who);
        expect(res.status, `${who} ${id}`).toBe(403);
        expect(res.bytes.includes(Buffer.from("%PDF"))).toBe(false);
      }
    }
  });

  it("serves focal points, the secretariat and admins the PDF as an attachment with nosniff, audited", async () => {
    const auditBefore = await db().auditEvent.count({ where: { action: "consultant.cv.read" } });
    for (const who of ["focal", "secretariat", "admin"]) {
      const res = await getCv(APPROVED.id, who);
      expect(res.status, who).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="CV-Amina-Diallo-2025.pdf"');
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(res.bytes.equals(PDF)).toBe(true);
    }
    expect(await db().auditEvent.count({ where: { action: "consultant.cv.read", targetId: APPROVED.id } })).toBe(auditBefore + 3);
  });

  it("lets a consultant download their own CV, whatever the profile's state; a name without ASCII gets a fallback filename", async () => {
    const res = await getCv(OWN.id, "owner");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="cv-${OWN.id.slice(0, 8)}.pdf"`);
    expect(res.bytes.equals(PDF)).toBe(true);
    // Their own is theirs only: another consultant's CV stays 403.
    expect((await getCv(APPROVED.id, "owner")).status).toBe(403);
  });

  it("shows reviewers the CV of a profile not approved yet; focal points get 404 for it", async () => {
    expect((await getCv(SUBMITTED.id, "secretariat")).status).toBe(200);
    expect((await getCv(SUBMITTED.id, "admin")).status).toBe(200);
    expect((await getCv(SUBMITTED.id, "focal")).status).toBe(404);
  });

  it("is 404 without a CV or a profile, 400 for a malformed id", async () => {
    expect((await getCv(NO_CV.id, "focal")).status).toBe(404);
    expect((await getCv(UNKNOWN, "secretariat")).status).toBe(404);
    const bad = await getCv("nope", "secretariat");
    expect(bad.status).toBe(400);
  });
});
