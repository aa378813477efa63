import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { POST } from "@/app/api/v1/activities/route";
import { db } from "@/lib/db";
import { activityInputSchema, type ActivityInput } from "@/modules/activities/schemas";
import { createActivity, deleteActivity, getActivity, searchActivities, updateActivity } from "@/modules/activities/server";
import { activitiesQuerySchema } from "@/modules/activities/schemas";
import { callRoute } from "../support/call-route";
import { freshMeta } from "../support/factories";
import { signedInAs } from "../support/session";

const secretariat = { id: "00000000-0000-4000-8000-0000000000ee", email: "secretariat@example.org", roles: ["secretariat"] };

const input = (over: Partial<ActivityInput> = {}): ActivityInput =>
  activityInputSchema.parse({
    externalRef: `WRITE-${Math.random().toString(36).slice(2)}`,
    title: { fr: "Atelier sur les marques collectives", en: "Workshop on collective marks" },
    description: { fr: "Pour les coopératives de café." },
    type: "national_seminar",
    ipAreas: ["trademarks"],
    organisingUnit: "Division for Africa",
    startDate: "2025-02-03",
    endDate: "2025-02-04",
    venueCountry: "RW",
    beneficiaries: [{ country: "RW", participants: 35 }],
    experts: [{ name: "Expert from Kenya", country: "KE" }],
    fundingType: "funds_in_trust",
    fundingDonor: "KR",
    status: "completed",
    ...over,
  });

describe("writing activities", () => {
  it("derives modality, facets and search text, and audits the creation", async () => {
    const { id, created } = await createActivity(secretariat, input(), freshMeta());
    expect(created).toBe(true);
    const a = await getActivity(id);
    expect(a).toMatchObject({ modality: "south-south", totalParticipants: 35, contentLocales: ["en", "fr"], igoSupport: false });
    const found = await searchActivities(activitiesQuerySchema.parse({ q: "marques collectives" }));
    expect(found.items.map((i) => i.id)).toContain(id);
    expect(await db().auditEvent.count({ where: { targetId: id, action: "activity.create" } })).toBe(1);
  });

  it("waits for a running import before writing, so both cannot create the same reference", async () => {
    const conn = new pg.Client({ connectionString: inject("databaseUrl") });
    await conn.connect();
    try {
      await conn.query("BEGIN");
      await conn.query("SELECT pg_advisory_xact_lock(hashtext('activity-writes'))"); // what an import holds while it writes
      let done = false;
      const saving = createActivity(secretariat, input(), freshMeta()).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(done).toBe(false);
      await conn.query("COMMIT");
      await saving;
      expect(done).toBe(true);
    } finally {
      await conn.end();
    }
  });

  it("updates by external reference instead of duplicating (idempotent import)", async () => {
    const first = input();
    const a = await createActivity(secretariat, first, freshMeta());
    const again = await createActivity(secretariat, { ...first, fundingDonor: "JP" }, freshMeta());
    expect(again).toEqual({ id: a.id, created: false });
    expect(await db().activity.count({ where: { externalRef: first.externalRef } })).toBe(1);
    expect((await getActivity(a.id))?.modality).toBe("triangular");
  });

  it("replaces beneficiaries on update and deletes with an audit row", async () => {
    const { id } = await createActivity(secretariat, input(), freshMeta());
    await updateActivity(secretariat, id, input({ beneficiaries: [{ country: "BI", participants: 5 }, { country: "UG", participants: 7 }] }), freshMeta());
    expect((await getActivity(id))?.beneficiaries).toEqual([{ country: "BI", participants: 5 }, { country: "UG", participants: 7 }]);
    await deleteActivity(secretariat, id, freshMeta());
    expect(await getActivity(id)).toBeNull();
    await expect(deleteActivity(secretariat, id, freshMeta())).rejects.toMatchObject({ kind: "not_found" });
    expect(await db().auditEvent.count({ where: { targetId: id, action: { in: ["activity.update", "activity.delete"] } } })).toBe(2);
  });

  it.each([
    [{ endDate: "2025-01-01" }, "endDate"],
    [{ fundingDonor: null }, "fundingDonor"],
    [{ beneficiaries: [] }, "beneficiaries"],
    [{ beneficiaries: [{ country: "ZZ", participants: 3 }] }, "beneficiaries.0.country"],
    [{ type: "party" }, "type"],
    [{ title: {} }, "title"],
  ])("refuses %o with a 400 naming %s, writing nothing", async (over, field) => {
    const before = await db().activity.count();
    const { cookie } = await signedInAs(["member", "secretariat"]);
    const res = await callRoute(POST, "/api/v1/activities", { method: "POST", body: { ...input(), ...over }, headers: { cookie } });
    expect(res.status).toBe(400);
    expect((res.json as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name)).toContain(field);
    expect(await db().activity.count()).toBe(before);
  });
});

describe("POST /api/v1/activities authorization", () => {
  it("answers 401 to a visitor and 403 to a member before looking at the body, writing nothing", async () => {
    const before = await db().activity.count();
    expect((await callRoute(POST, "/api/v1/activities", { method: "POST", body: { nonsense: true } })).status).toBe(401);
    const { cookie } = await signedInAs(["member"]);
    expect((await callRoute(POST, "/api/v1/activities", { method: "POST", body: input(), headers: { cookie } })).status).toBe(403);
    expect(await db().activity.count()).toBe(before);
  });

  it("creates for the secretariat with 201", async () => {
    const { cookie } = await signedInAs(["member", "secretariat"]);
    const res = await callRoute(POST, "/api/v1/activities", { method: "POST", body: input(), headers: { cookie } });
    expect(res.status).toBe(201);
  });
});
