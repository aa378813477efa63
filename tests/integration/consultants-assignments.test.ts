import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DELETE as removeRoute } from "@/app/api/v1/consultants/[id]/assignments/[assignmentId]/route";
import { POST as addRoute } from "@/app/api/v1/consultants/[id]/assignments/route";
import { db } from "@/lib/db";
import { activityInputSchema } from "@/modules/activities/schemas";
import { getActivity, importActivities, readImportFile, updateActivity } from "@/modules/activities/server";
import { activityToRow } from "@/modules/activities/import/to-row";
import { rowToInput } from "@/modules/activities/import/columns";
import { activityAssignments, experiencedExperts, rederiveActivitiesOfConsultants } from "@/modules/consultants/server";
import { callRoute } from "../support/call-route";
import { freshMeta } from "../support/factories";
import { activityFixture, clearRoster, consultantFixture, insertRoster } from "../support/roster";
import { signedInAs } from "../support/session";

/**
 * Assignments link roster consultants to activities, and the activity's modality takes its
 * providers from the assigned consultants' nationalities (docs/CONSULTANTS.md, "Assignments").
 */
const secretariatActor = { id: "00000000-0000-4000-8000-0000000000c3", email: "secretariat@example.org", roles: ["secretariat"] };
// An activity in Ethiopia whose free-text expert is Japanese: North-South until an Egyptian roster expert joins.
const ETHIOPIA = activityFixture({
  title: { en: "National seminar on patents in Addis Ababa" },
  venueCountry: "ET",
  beneficiaries: [{ country: "ET", participants: 40 }],
  experts: [{ id: "e3000000-0000-4000-8000-000000000001", name: "Taro Yamada", country: "JP" }],
  startDate: "2025-03-10",
  endDate: "2025-03-12",
});
const OTHER = activityFixture({ beneficiaries: [{ country: "KE", participants: 10 }], experts: [{ id: "e3000000-0000-4000-8000-000000000002", name: "Li Wei", country: "JP" }] });
const EGYPTIAN = consultantFixture({ fullName: "Nour El-Sayed", nationalities: ["EG"], residenceCountry: "EG" });
const DRAFT = consultantFixture({ fullName: "Not Yet Approved", status: "draft", nationalities: ["EG"] });

const cookies: Record<string, string> = {};
const add = (consultantId: string, body: unknown, who?: string) =>
  callRoute(addRoute, `/api/v1/consultants/${consultantId}/assignments`, { method: "POST", body, params: { id: consultantId }, headers: who ? { cookie: cookies[who]! } : {} });
const remove = (consultantId: string, assignmentId: string, who?: string) =>
  callRoute(removeRoute, `/api/v1/consultants/${consultantId}/assignments/${assignmentId}`, { method: "DELETE", params: { id: consultantId, assignmentId }, headers: who ? { cookie: cookies[who]! } : {} });
const body = (over: Record<string, unknown> = {}) => ({ activityId: ETHIOPIA.id, role: "expert", startsOn: "2025-03-10", endsOn: "2025-03-12", ...over });

/** What a refused change could have written. */
const written = async () => ({
  assignments: await db().consultantAssignment.count(),
  audit: await db().auditEvent.count({ where: { action: { startsWith: "consultant.assignment" } } }),
  activities: (await db().activity.findMany({ where: { id: { in: [ETHIOPIA.id, OTHER.id] } }, select: { id: true, modality: true, version: true }, orderBy: { id: "asc" } })),
});
const counters = async (id: string) => db().consultant.findUniqueOrThrow({ where: { id }, select: { assignmentCount: true, southSouthCount: true, servedCountries: true } });

beforeAll(async () => {
  await clearRoster();
  await insertRoster(inject("databaseUrl"), { activities: [ETHIOPIA, OTHER], consultants: [EGYPTIAN, DRAFT] });
  cookies.member = (await signedInAs(["member"])).cookie;
  cookies.focal = (await signedInAs(["member", "focal_point"], { focalPointCountry: "EG" })).cookie;
  cookies.secretariat = (await signedInAs(["member", "secretariat"])).cookie;
});

afterAll(clearRoster);

describe("assignments and the activity's modality", () => {
  let assignmentId = "";

  it("starts North-South: the Japanese free-text expert is the only provider", async () => {
    expect((await getActivity(ETHIOPIA.id))?.modality).toBe("north-south");
  });

  it("adding an Egyptian roster expert turns the activity South-South, audited, counters kept", async () => {
    const before = await getActivity(ETHIOPIA.id);
    const res = await add(EGYPTIAN.id, body(), "secretariat");
    expect(res.status).toBe(201);
    const created = res.json as { id: string; modalityChangedTo: string | null };
    expect(created.modalityChangedTo).toBe("south-south");
    expect(res.headers.get("location")).toBe(`/api/v1/consultants/${EGYPTIAN.id}/assignments/${created.id}`);
    assignmentId = created.id;
    const after = await getActivity(ETHIOPIA.id);
    expect(after?.modality).toBe("south-south");
    // Derived, not edited: an editor's open form is not made stale.
    expect(after?.version).toBe(before?.version);
    expect(await counters(EGYPTIAN.id)).toEqual({ assignmentCount: 1, southSouthCount: 1, servedCountries: ["ET"] });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "consultant.assignment.add", targetId: EGYPTIAN.id }, orderBy: { id: "desc" } });
    expect(audit.detail).toMatchObject({ assignmentId, activityId: ETHIOPIA.id, role: "expert", modality: { from: "north-south", to: "south-south" } });
    expect(audit.actorRoles).toEqual(["member", "secretariat"]);
  });

  it("lists the activity's roster experts, and offers them on activities of the same kind", async () => {
    expect(await activityAssignments(ETHIOPIA.id, { approvedOnly: true })).toEqual([
      expect.objectContaining({ id: assignmentId, consultantId: EGYPTIAN.id, fullName: "Nour El-Sayed", nationalities: ["EG"], role: "expert", startsOn: "2025-03-10", endsOn: "2025-03-12" }),
    ]);
    // OTHER is a national seminar on patents too: the Egyptian did this kind of activity.
    expect(await experiencedExperts({ id: OTHER.id, type: "national_seminar", ipAreas: ["patents"] })).toEqual([
      { id: EGYPTIAN.id, fullName: "Nour El-Sayed", latinName: null, nationalities: ["EG"], similarAssignments: 1 },
    ]);
    // Not on the activity they are already assigned to, nor for another kind of activity.
    expect(await experiencedExperts({ id: ETHIOPIA.id, type: "national_seminar", ipAreas: ["patents"] })).toEqual([]);
    expect(await experiencedExperts({ id: OTHER.id, type: "training_course", ipAreas: ["patents"] })).toEqual([]);
  });

  it("re-derives a consultant's activities when their nationalities change", async () => {
    await db().$executeRaw`UPDATE consultant SET nationalities = '{JP}' WHERE id = ${EGYPTIAN.id}::uuid`;
    expect(await rederiveActivitiesOfConsultants([EGYPTIAN.id])).toEqual([{ id: ETHIOPIA.id, modality: "north-south" }]);
    await db().$executeRaw`UPDATE consultant SET nationalities = '{EG}' WHERE id = ${EGYPTIAN.id}::uuid`;
    expect(await rederiveActivitiesOfConsultants([EGYPTIAN.id])).toEqual([{ id: ETHIOPIA.id, modality: "south-south" }]);
    expect(await rederiveActivitiesOfConsultants([EGYPTIAN.id])).toEqual([]);
  });

  it("every later write of the activity (form, API, import) derives it with the assigned nationalities", async () => {
    const current = (await getActivity(ETHIOPIA.id))!;
    const input = activityInputSchema.parse(rowToInput({ ...activityToRow(current), venue_city: "Addis Ababa" }));
    await updateActivity(secretariatActor, ETHIOPIA.id, input, freshMeta(), { expectedVersion: current.version });
    expect(await getActivity(ETHIOPIA.id)).toMatchObject({ venueCity: "Addis Ababa", modality: "south-south" });
  });

  it("refuses bad input naming the field, unknown or unapproved ids, a second identical role, and writes nothing", async () => {
    const before = await written();
    const cases: [string, unknown, number, unknown?][] = [
      [EGYPTIAN.id, body({ role: "chair" }), 400, [{ name: "role", reason: "invalid_choice" }]],
      [EGYPTIAN.id, body({ startsOn: "10/03/2025" }), 400, [{ name: "startsOn", reason: "invalid_date" }]],
      [EGYPTIAN.id, body({ endsOn: "2025-03-01" }), 400, [{ name: "endsOn", reason: "before_start" }]],
      [EGYPTIAN.id, body({ startsOn: "2019-01-01", endsOn: "2019-01-02" }), 400, [{ name: "startsOn", reason: "far_from_activity" }, { name: "endsOn", reason: "far_from_activity" }]],
      [EGYPTIAN.id, body({ activityId: "00000000-0000-4000-8000-00000000dead" }), 400, [{ name: "activityId", reason: "unknown_activity" }]],
      [EGYPTIAN.id, body({ activityId: "nope" }), 400, [{ name: "activityId", reason: "invalid_id" }]],
      [DRAFT.id, body(), 404],
      ["00000000-0000-4000-8000-00000000dead", body(), 404],
      [EGYPTIAN.id, body(), 409],
    ];
    for (const [id, b, status, params] of cases) {
      const res = await add(id, b, "secretariat");
      expect(res.status, JSON.stringify(b)).toBe(status);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      if (params) expect((res.json as { invalidParams: unknown }).invalidParams).toEqual(params);
    }
    expect(await written()).toEqual(before);
  });

  it("is for the secretariat: 401 for visitors, 403 for members and focal points, before any lookup", async () => {
    const before = await written();
    for (const id of [EGYPTIAN.id, "00000000-0000-4000-8000-00000000dead"]) {
      expect((await add(id, body())).status).toBe(401);
      expect((await add(id, body(), "member")).status).toBe(403);
      expect((await add(id, body(), "focal")).status).toBe(403);
      expect((await remove(id, assignmentId)).status).toBe(401);
      expect((await remove(id, assignmentId, "focal")).status).toBe(403);
    }
    expect(await written()).toEqual(before);
  });

  it("removing the assignment turns it back to North-South, audited; an unknown one is 404", async () => {
    expect((await remove(EGYPTIAN.id, "00000000-0000-4000-8000-00000000dead", "secretariat")).status).toBe(404);
    // Another consultant's path does not reach this assignment.
    expect((await remove(DRAFT.id, assignmentId, "secretariat")).status).toBe(404);
    const res = await remove(EGYPTIAN.id, assignmentId, "secretariat");
    expect(res.status).toBe(204);
    expect((await getActivity(ETHIOPIA.id))?.modality).toBe("north-south");
    expect(await counters(EGYPTIAN.id)).toEqual({ assignmentCount: 0, southSouthCount: 0, servedCountries: [] });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "consultant.assignment.remove", targetId: EGYPTIAN.id } });
    expect(audit.detail).toMatchObject({ assignmentId, activityId: ETHIOPIA.id, modality: { from: "south-south", to: "north-south" } });
  });
});

describe("the activities import's consultant_ids column", () => {
  const run = Date.now().toString(36);
  const header = "external_ref,title_en,type,ip_areas,organising_unit,start_date,end_date,venue_country,beneficiaries,languages,funding_type,experts,status,consultant_ids";
  const row = (n: number, ids: string) => `IMPC-${run}-${n},Seminar ${n} on trademarks,national_seminar,trademarks,Division for Africa,2025-05-0${n},2025-05-0${n + 1},ET,ET:20,en,regular_budget,Kenji Sato|JP,completed,${ids}`;
  const csv = (lines: string[]) => Buffer.from(`\ufeff${[header, ...lines].join("\r\n")}\r\n`);
  const imported = () => db().activity.count({ where: { externalRef: { startsWith: `IMPC-${run}-` } } });

  it("names the column's unknown, unapproved and malformed ids as row errors, and writes nothing", async () => {
    const before = { ...(await written()), imported: await imported(), importAudit: await db().auditEvent.count({ where: { action: "activity.import" } }) };
    const rows = await readImportFile("a.csv", csv([row(1, EGYPTIAN.id), row(2, `${EGYPTIAN.id};${DRAFT.id}`), row(3, "00000000-0000-4000-8000-00000000dead"), row(4, "not-an-id")]));
    for (const dryRun of [true, false]) {
      const report = await importActivities(secretariatActor, rows, { dryRun, meta: freshMeta() });
      expect(report.valid).toBe(1);
      expect(report.errors).toEqual([
        { row: 3, field: "consultantIds", reason: "unknown_consultant", params: { id: DRAFT.id } },
        { row: 4, field: "consultantIds", reason: "unknown_consultant", params: { id: "00000000-0000-4000-8000-00000000dead" } },
        { row: 5, field: "consultantIds", reason: "invalid_consultant_id", params: { id: "not-an-id" } },
      ]);
    }
    expect({ ...(await written()), imported: await imported(), importAudit: await db().auditEvent.count({ where: { action: "activity.import" } }) }).toEqual(before);
  });

  it("writes the assignments (role expert, the activity's dates) with the activities, their modality derived with them", async () => {
    const rows = await readImportFile("a.csv", csv([row(1, EGYPTIAN.id), row(2, "")]));
    const report = await importActivities(secretariatActor, rows, { dryRun: false, meta: freshMeta() });
    expect(report).toMatchObject({ errors: [], created: 2 });
    const [withExpert, without] = await Promise.all([1, 2].map((n) => db().activity.findUniqueOrThrow({ where: { externalRef: `IMPC-${run}-${n}` } })));
    expect(withExpert!.modality).toBe("south_south");
    expect(without!.modality).toBe("north_south");
    const assignments = await db().consultantAssignment.findMany({ where: { activityId: withExpert!.id } });
    expect(assignments.map((a) => ({ consultantId: a.consultantId, role: a.role, startsOn: a.startsOn.toISOString().slice(0, 10), endsOn: a.endsOn.toISOString().slice(0, 10) }))).toEqual([
      { consultantId: EGYPTIAN.id, role: "expert", startsOn: "2025-05-01", endsOn: "2025-05-02" },
    ]);
    expect(await counters(EGYPTIAN.id)).toMatchObject({ assignmentCount: 1, southSouthCount: 1 });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "activity.import" }, orderBy: { id: "desc" } });
    expect(audit.detail).toMatchObject({ rows: 2, assignments: 1 });
    // Re-importing the same file keeps one assignment and the modality.
    await importActivities(secretariatActor, rows, { dryRun: false, meta: freshMeta() });
    expect(await db().consultantAssignment.count({ where: { activityId: withExpert!.id } })).toBe(1);
    expect((await db().activity.findUniqueOrThrow({ where: { id: withExpert!.id } })).modality).toBe("south_south");
  });
});
