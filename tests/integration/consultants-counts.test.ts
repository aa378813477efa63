import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { upsertActivityRecords } from "@/modules/activities/server/copy-writer";
import { countryFacts } from "@/modules/countries/server";
import { activityFixture, assignmentFixture, clearRoster, consultantFixture, insertRoster } from "../support/roster";

/** What the triggers keep on a profile, read back. */
const stats = async (id: string) => {
  const c = await db().consultant.findUniqueOrThrow({ where: { id }, select: { assignmentCount: true, southSouthCount: true, servedCountries: true, servedRegions: true } });
  return { n: c.assignmentCount, ss: c.southSouthCount, countries: c.servedCountries, regions: c.servedRegions };
};

const SOUTH = activityFixture({ beneficiaries: [{ country: "KE", participants: 5 }], experts: [{ id: "e3000000-0000-4000-8000-000000000001", name: "X", country: "EG" }] });
const NORTH = activityFixture({ beneficiaries: [{ country: "BO", participants: 5 }, { country: "PE", participants: 5 }], experts: [{ id: "e3000000-0000-4000-8000-000000000002", name: "Y", country: "JP" }] });
const C = consultantFixture();
const OTHER = consultantFixture();

let conn: pg.Client;
beforeAll(async () => {
  await clearRoster();
  await insertRoster(inject("databaseUrl"), { activities: [SOUTH, NORTH], consultants: [C, OTHER] });
  conn = new pg.Client({ connectionString: inject("databaseUrl") });
  await conn.connect();
});
afterAll(async () => {
  await conn.end();
  await clearRoster();
});

describe("assignment counts on the profile", () => {
  it("follow assignment inserts, updates and deletes", async () => {
    expect(await stats(C.id)).toEqual({ n: 0, ss: 0, countries: [], regions: [] });
    const a1 = assignmentFixture(C, SOUTH);
    const a2 = assignmentFixture(C, NORTH, { role: "trainer" });
    await insertRoster(inject("databaseUrl"), { assignments: [a1, a2, assignmentFixture(OTHER, NORTH)] });
    const after = await stats(C.id);
    expect(after).toMatchObject({ n: 2, ss: 1, countries: ["BO", "KE", "PE"] });
    expect(after.regions).toEqual(expect.arrayContaining(["002", "014", "019", "419", "005"]));
    expect((await stats(OTHER.id)).n).toBe(1);

    await db().consultantAssignment.update({ where: { id: a2.id }, data: { activityId: SOUTH.id } });
    expect(await stats(C.id)).toMatchObject({ n: 2, ss: 2, countries: ["KE"] });
    await db().consultantAssignment.delete({ where: { id: a1.id } });
    expect(await stats(C.id)).toMatchObject({ n: 1, ss: 1, countries: ["KE"] });
    await db().consultantAssignment.update({ where: { id: a2.id }, data: { activityId: NORTH.id } });
  });

  it("follow the activity: beneficiaries, modality and cancellation", async () => {
    const facts = await countryFacts(db());
    const replace = async (over: NonNullable<Parameters<typeof activityFixture>[0]>) => {
      await conn.query("BEGIN");
      await upsertActivityRecords(conn, [{ ...activityFixture({ ...NORTH, ...over }), experts: (over.experts ?? NORTH.experts).map((e) => ({ ...e, country: e.country ?? null })) }], facts);
      await conn.query("COMMIT");
    };
    // An Egyptian expert instead of the Japanese one: the activity becomes South-South.
    await replace({ beneficiaries: [{ country: "ET", participants: 5 }], experts: [{ id: "e3000000-0000-4000-8000-000000000003", name: "Z", country: "EG" }] });
    expect(await stats(C.id)).toMatchObject({ n: 1, ss: 1, countries: ["ET"] });
    expect(await stats(OTHER.id)).toMatchObject({ n: 1, ss: 1, countries: ["ET"] });
    await replace({ status: "cancelled", beneficiaries: [{ country: "ET", participants: 5 }] });
    expect(await stats(C.id)).toEqual({ n: 0, ss: 0, countries: [], regions: [] });
    await replace({ status: "completed" });
    expect(await stats(C.id)).toMatchObject({ n: 1, countries: ["BO", "PE"] });
  });

  it("drop with a deleted activity, and the profile's children go with the profile", async () => {
    await db().activity.delete({ where: { id: NORTH.id } });
    expect(await stats(C.id)).toMatchObject({ n: 0, countries: [] });
    await insertRoster(inject("databaseUrl"), { assignments: [assignmentFixture(C, SOUTH)] });
    await db().consultantCv.create({ data: { consultantId: C.id, bytes: Buffer.from("%PDF-1.4"), filename: "cv.pdf" } });
    await db().consultant.delete({ where: { id: C.id } });
    const left = await conn.query(
      `SELECT (SELECT count(*) FROM consultant_nationality WHERE consultant_id = $1)::int AS n, (SELECT count(*) FROM consultant_language WHERE consultant_id = $1)::int AS l,
              (SELECT count(*) FROM consultant_cv WHERE consultant_id = $1)::int AS cv, (SELECT count(*) FROM consultant_assignment WHERE consultant_id = $1)::int AS a`,
      [C.id],
    );
    expect(left.rows[0]).toEqual({ n: 0, l: 0, cv: 0, a: 0 });
  });
});

describe("database rules", () => {
  it("refuses an approved profile without nationality, more than 15 skills and a CV over 5 MB", async () => {
    const id = "c3000000-0000-4000-8000-0000000000ff";
    await expect(conn.query(`INSERT INTO consultant (id, status, full_name, residence_country, email) VALUES ($1, 'approved', 'X', 'ET', 'x@example.org')`, [id])).rejects.toThrow(/consultant_approved_has_nationality/);
    await conn.query(`INSERT INTO consultant (id, full_name, residence_country, email) VALUES ($1, 'X', 'ET', 'x@example.org')`, [id]);
    await expect(conn.query(`UPDATE consultant SET skills = array_fill('ip_valuation'::"ConsultantSkill", ARRAY[16]) WHERE id = $1`, [id])).rejects.toThrow(/consultant_skills_max/);
    await expect(conn.query(`INSERT INTO consultant_cv (consultant_id, bytes, filename) VALUES ($1, decode(repeat('00', 5242881), 'hex'), 'big.pdf')`, [id])).rejects.toThrow(/consultant_cv_size/);
    await conn.query(`DELETE FROM consultant WHERE id = $1`, [id]);
  });

  it("tells the page cache when a table public pages show changes", async () => {
    const listener = new pg.Client({ connectionString: inject("databaseUrl") });
    await listener.connect();
    const heard: string[] = [];
    listener.on("notification", (m) => heard.push(m.payload ?? ""));
    await listener.query("LISTEN public_content_changed");
    try {
      const P = consultantFixture();
      await insertRoster(inject("databaseUrl"), { consultants: [P], assignments: [assignmentFixture(P, SOUTH)] });
      await db().consultantCv.create({ data: { consultantId: P.id, bytes: Buffer.from("%PDF-1.4"), filename: "cv.pdf" } });
      await new Promise((r) => setTimeout(r, 200));
      expect(new Set(heard)).toEqual(new Set(["consultant", "consultant_nationality", "consultant_language", "consultant_assignment"]));
    } finally {
      await listener.end();
    }
  });
});
