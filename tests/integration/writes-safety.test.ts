import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { registerAccount, updateUser } from "@/modules/accounts/server";
import { registerSchema } from "@/modules/accounts/schemas";
import { activityInputSchema, type ActivityInput } from "@/modules/activities/schemas";
import { createActivity, deleteActivity, getActivity, updateActivity } from "@/modules/activities/server";
import { auditedWrite } from "@/modules/audit/server";
import { GET as activityRoute, PUT as putActivityRoute } from "@/app/api/v1/activities/[id]/route";
import { callRoute } from "../support/call-route";
import { freshMeta, GOOD_PASSWORD, uniqueEmail } from "../support/factories";
import { signedInAs } from "../support/session";

// Nothing lost, nothing written twice: each change commits with its audit row or not at all.

const secretariat = { id: "00000000-0000-4000-8000-0000000000ee", email: "secretariat@example.org", roles: ["secretariat"] };
// An actor id that is not a uuid: the audit insert fails (audit_event.actor_id is uuid).
const brokenActor = { id: "not-a-uuid", email: "broken@example.org", roles: ["secretariat"] };

const input = (over: Partial<ActivityInput> = {}): ActivityInput =>
  activityInputSchema.parse({
    externalRef: `SAFE-${Math.random().toString(36).slice(2)}`,
    title: { en: "Seminar on geographical indications" },
    type: "national_seminar",
    ipAreas: ["geographical_indications"],
    organisingUnit: "Division for Asia and the Pacific",
    startDate: "2025-05-06",
    endDate: "2025-05-07",
    venueCountry: "NP",
    beneficiaries: [{ country: "NP", participants: 20 }],
    fundingType: "regular_budget",
    status: "completed",
    ...over,
  });

describe("a change and its audit row commit together", () => {
  it("a failing audit insert rolls back a Prisma write", async () => {
    const email = uniqueEmail("rollback");
    await expect(
      auditedWrite(async (tx) => {
        await tx.user.create({ data: { email, name: "Rolled back", passwordHash: "x", preferredLanguage: "en", organisationName: "IPO", organisationType: "ip_office", organisationCountry: "NP", roles: ["member"] } });
        return { result: undefined, audit: { actor: brokenActor, action: "test.rollback", outcome: "success" } };
      }),
    ).rejects.toThrow();
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("a failing audit insert rolls back an activity write (raw pg path)", async () => {
    const ref = input().externalRef!;
    await expect(createActivity(brokenActor, input({ externalRef: ref }), freshMeta())).rejects.toThrow();
    expect(await db().activity.count({ where: { externalRef: ref } })).toBe(0);
  });
});

describe("activity writes that race", () => {
  it("an update of a deleted activity is a 404 and does not bring it back", async () => {
    const { id } = await createActivity(secretariat, input(), freshMeta());
    await deleteActivity(secretariat, id, freshMeta());
    await expect(updateActivity(secretariat, id, input(), freshMeta())).rejects.toMatchObject({ kind: "not_found" });
    expect(await getActivity(id)).toBeNull();
  });

  it("a delete waits for the writers' turn, so it cannot interleave with an update", async () => {
    const { id } = await createActivity(secretariat, input(), freshMeta());
    const conn = new pg.Client({ connectionString: inject("databaseUrl") });
    await conn.connect();
    try {
      await conn.query("BEGIN");
      await conn.query("SELECT pg_advisory_xact_lock(hashtext('activity-writes'))");
      let done = false;
      const deleting = deleteActivity(secretariat, id, freshMeta()).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(done).toBe(false);
      await conn.query("COMMIT");
      await deleting;
    } finally {
      await conn.end();
    }
    expect(await getActivity(id)).toBeNull();
  });

  it("the form's create refuses an external reference that exists (409), the API's upsert replaces", async () => {
    const first = input();
    const a = await createActivity(secretariat, first, freshMeta());
    await expect(createActivity(secretariat, { ...first, organisingUnit: "Overwritten" }, freshMeta(), { existingRef: "conflict" })).rejects.toMatchObject({ kind: "conflict" });
    expect((await getActivity(a.id))?.organisingUnit).toBe("Division for Asia and the Pacific");
    expect(await createActivity(secretariat, first, freshMeta())).toEqual({ id: a.id, created: false });
  });
});

describe("two people editing one activity", () => {
  it("the second save based on the same version is a 409 with the current record, and writes nothing", async () => {
    const { id } = await createActivity(secretariat, input(), freshMeta());
    const opened = (await getActivity(id))!;
    expect(opened.version).toBe(1);
    expect(await updateActivity(secretariat, id, input({ organisingUnit: "First editor" }), freshMeta(), { expectedVersion: opened.version })).toBe(2);
    const second = updateActivity(secretariat, id, input({ organisingUnit: "Second editor" }), freshMeta(), { expectedVersion: opened.version });
    await expect(second).rejects.toMatchObject({ kind: "conflict", extra: { current: { id, version: 2, organisingUnit: "First editor" } } });
    expect((await getActivity(id))?.organisingUnit).toBe("First editor");
    expect(await db().auditEvent.count({ where: { targetId: id, action: "activity.update" } })).toBe(1);
  });

  it("through the API: the GET's ETag as If-Match, a stale one is a 409 problem holding the current record", async () => {
    const { cookie } = await signedInAs(["secretariat"]);
    const { id } = await createActivity(secretariat, input(), freshMeta());
    const read = await callRoute(activityRoute, `/api/v1/activities/${id}`, { params: { id } });
    const etag = read.headers.get("etag")!;
    expect(etag).toBe('"1"');
    const body = { ...input(), organisingUnit: "Via API" };
    const first = await callRoute(putActivityRoute, `/api/v1/activities/${id}`, { method: "PUT", params: { id }, body, headers: { cookie, "if-match": etag } });
    expect(first.status).toBe(204);
    expect(first.headers.get("etag")).toBe('"2"');
    const stale = await callRoute(putActivityRoute, `/api/v1/activities/${id}`, { method: "PUT", params: { id }, body: { ...body, organisingUnit: "Lost?" }, headers: { cookie, "if-match": etag } });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ current: { id, version: 2, organisingUnit: "Via API" } });
    const bad = await callRoute(putActivityRoute, `/api/v1/activities/${id}`, { method: "PUT", params: { id }, body, headers: { cookie, "if-match": "yesterday" } });
    expect(bad.status).toBe(400);
    expect((await getActivity(id))?.organisingUnit).toBe("Via API");
  });
});

describe("accounts under concurrency", () => {
  it("two registrations of one address at once both get the normal answer; one account, one email each", async () => {
    const email = uniqueEmail("twice");
    const reg = registerSchema.parse({ email, password: GOOD_PASSWORD, name: "Twice", lng: "fr", organisation: { name: "OAPI", type: "ip_office", country: "CM" } });
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => registerAccount(reg, freshMeta())));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    expect(await db().user.count({ where: { email } })).toBe(1);
    expect(await db().outboxEmail.count({ where: { to: email, template: "verifyEmail" } })).toBe(1);
    expect(await db().outboxEmail.count({ where: { to: email, template: "accountExists" } })).toBe(3);
  });

  it("two admins patching one user at once: both patches apply in turn and each audit row's before is the other's after", async () => {
    const email = uniqueEmail("patched");
    const user = await db().user.create({
      data: { email, name: "Patched", passwordHash: "x", preferredLanguage: "en", emailVerifiedAt: new Date(), organisationName: "IPO", organisationType: "ip_office", organisationCountry: "PE", roles: ["member"] },
    });
    const admin = { id: "00000000-0000-4000-8000-0000000000ad", email: "admin@example.org", roles: ["admin"] };
    await Promise.all([
      updateUser(admin, user.id, { roles: ["member", "partner"] }, freshMeta()),
      updateUser(admin, user.id, { focalPointCountry: "PE" }, freshMeta()),
    ]);
    const events = await db().auditEvent.findMany({ where: { targetId: user.id }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(2);
    const [first, second] = events.map((e) => e.detail as { before: { roles: string[] }; after: { roles: string[] } });
    expect(second!.before).toEqual(first!.after);
    const final = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(final.focalPointCountry).toBe("PE");
    expect(final.roles).toContain("focal_point");
  });
});
