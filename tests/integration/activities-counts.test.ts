import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db, Prisma } from "@/lib/db";
import { roundEstimate } from "@/lib/estimate";
import { generateActivity } from "@/modules/activities/seed/generate";
import { copyActivities } from "@/modules/activities/server/copy-writer";
import { loadSeedWorld } from "@/modules/activities/server/seed-loader";
import { countActivities, type SqlRunner } from "@/modules/activities/server/facet-counts";
import { pageRows, pageSql, type PageRow } from "@/modules/activities/server/page-query";
import { resolveActivityQuery } from "@/modules/activities/server/resolve-query";
import { activitiesQuerySchema, encodeCursor } from "@/modules/activities/schemas";
import { seedLabels } from "@/modules/activities/server/seed-activities";
import { countryFacts } from "@/modules/countries/server";

/**
 * The whole-table totals and the samples are kept by triggers; these tests check them against
 * the table itself, tallied here in TypeScript, after every kind of write.
 */

interface FacetRow {
  id: string;
  type: string;
  year: number;
  modality: string;
  funding_type: string;
  ip_areas: string[];
  languages: string[];
  beneficiary_countries: string[];
  beneficiary_regions: string[];
  beneficiary_statuses: string[];
  status: string;
}

const SAMPLES = { activity_sample_8: 128, activity_sample_64: 16, activity_sample_512: 2 } as const;
const COLUMNS =
  "id, type::text, year::int, modality::text, funding_type::text, ip_areas::text[], languages, beneficiary_countries, beneficiary_regions, beneficiary_statuses, status::text";

let conn: pg.Client;
const run: SqlRunner = async (sql) => (await conn.query(sql.text, sql.values as unknown[])).rows;

/** The sample bucket of an id, computed independently of the SQL function: its last two bytes mod 1024. */
const bucket = (id: string) => parseInt(id.replace(/-/g, "").slice(-4), 16) % 1024;

async function rows(table: string, where = "true"): Promise<FacetRow[]> {
  return (await conn.query<FacetRow>(`SELECT ${COLUMNS} FROM ${table} WHERE ${where} ORDER BY id`)).rows;
}

function tally(list: FacetRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (facet: string, value: string) => counts.set(`${facet}:${value}`, (counts.get(`${facet}:${value}`) ?? 0) + 1);
  for (const r of list) {
    add("*", "*");
    add("type", r.type);
    add("year", String(r.year));
    add("modality", r.modality);
    add("funding", r.funding_type);
    r.ip_areas.forEach((v) => add("ipArea", v));
    r.languages.forEach((v) => add("lang", v));
    r.beneficiary_countries.forEach((v) => add("country", v));
    r.beneficiary_regions.forEach((v) => add("region", v));
    r.beneficiary_statuses.forEach((v) => add("status", v));
    if (r.status !== "cancelled") {
      add("stat:year_modality", `${r.year}:${r.modality}`);
      r.beneficiary_regions.forEach((v) => add("stat:region", v));
      r.beneficiary_countries.forEach((v) => add("stat:country", v));
    }
  }
  return counts;
}

async function totalsTable(): Promise<Map<string, number>> {
  const { rows: list } = await conn.query<{ facet: string; value: string; count: string }>("SELECT facet, value, count FROM activity_facet_total");
  return new Map(list.map((r) => [`${r.facet}:${r.value}`, Number(r.count)]));
}

async function expectTotalsAndSamplesExact() {
  const all = await rows("activity");
  expect(await totalsTable()).toEqual(tally(all));
  for (const [table, below] of Object.entries(SAMPLES)) {
    expect(await rows(table), table).toEqual(all.filter((r) => bucket(r.id) < below));
  }
}

beforeAll(async () => {
  conn = new pg.Client({ connectionString: inject("databaseUrl") });
  await conn.connect();
  await conn.query("DELETE FROM activity");
  const world = await loadSeedWorld(db(), await seedLabels());
  const records = Array.from({ length: 1_200 }, (_, i) => generateActivity(world, 99, i));
  await copyActivities(conn, records, await countryFacts(db()));
});

afterAll(async () => {
  await conn.query("DELETE FROM activity");
  await conn.end();
});

describe("whole-table totals and samples", () => {
  it("match the table after a bulk load", async () => {
    const total = await totalsTable();
    expect(total.get("*:*")).toBe(1_200);
    // 1/8 of 1,200 random ids: far from empty, far from all.
    expect((await rows("activity_sample_8")).length).toBeGreaterThan(80);
    expect((await rows("activity_sample_8")).length).toBeLessThan(230);
    await expectTotalsAndSamplesExact();
  });

  it("follow updates, including ones that move an activity between facet values", async () => {
    await conn.query("UPDATE activity SET status = 'cancelled' WHERE id IN (SELECT id FROM activity ORDER BY id DESC LIMIT 40)");
    await conn.query(`UPDATE activity SET type = 'fellowship', year = 2031, ip_areas = '{copyright}', languages = '{pt,en}',
      beneficiary_countries = '{BR}', beneficiary_regions = '{019,419,005}', beneficiary_statuses = '{developing}'
      WHERE id IN (SELECT id FROM activity ORDER BY id LIMIT 150)`);
    await conn.query("UPDATE activity SET modality = 'triangular' WHERE funding_type = 'funds_in_trust'");
    await expectTotalsAndSamplesExact();
    expect((await totalsTable()).get("year:2031")).toBe(150);
  });

  it("follow deletes, and drop values no activity has any more", async () => {
    await conn.query("DELETE FROM activity WHERE year = 2031");
    await conn.query("DELETE FROM activity WHERE id IN (SELECT id FROM activity ORDER BY id DESC LIMIT 100)");
    await expectTotalsAndSamplesExact();
    expect((await totalsTable()).has("year:2031")).toBe(false);
  });

  it("follow an update that changes ids (children follow by ON UPDATE CASCADE)", async () => {
    await conn.query("UPDATE activity SET id = gen_random_uuid() WHERE id IN (SELECT id FROM activity ORDER BY id LIMIT 60)");
    await expectTotalsAndSamplesExact();
  });

  it("roll back with the transaction that wrote them", async () => {
    const before = await totalsTable();
    await conn.query("BEGIN");
    await conn.query("DELETE FROM activity WHERE id IN (SELECT id FROM activity LIMIT 300)");
    await conn.query("ROLLBACK");
    expect(await totalsTable()).toEqual(before);
  });
});

describe("countActivities", () => {
  const broad = Prisma.sql`beneficiary_statuses && ARRAY['developing', 'ldc']::text[]`;

  it("reads the unfiltered counts from the totals table, exactly", async () => {
    const counts = await countActivities(null, run);
    expect(counts.source).toBe("totals");
    expect(counts.approximate).toBe(false);
    expect(counts.total).toBe((await rows("activity")).length);
  });

  it("counts every matching row when the match set is small", async () => {
    const counts = await countActivities(broad, run, { exact: 100_000, sample: 5_000 });
    const matching = await rows("activity", "beneficiary_statuses && ARRAY['developing', 'ldc']::text[]");
    expect(counts.source).toBe("activity");
    expect(counts.approximate).toBe(false);
    expect(counts.total).toBe(matching.length);
    const expected = tally(matching);
    for (const c of counts.facets.country) expect(c.count).toBe(expected.get(`country:${c.value}`));
    for (const c of counts.facets.modality) expect(c.count).toBe(expected.get(`modality:${c.value.replace("-", "_")}`));
  });

  it("estimates from the 1/8 sample above the exact limit, scaled and rounded", async () => {
    const counts = await countActivities(broad, run, { exact: 10, sample: 5_000 });
    const sampled = await rows("activity_sample_8", "beneficiary_statuses && ARRAY['developing', 'ldc']::text[]");
    expect(counts.source).toBe("activity_sample_8");
    expect(counts.approximate).toBe(true);
    expect(counts.total).toBe(roundEstimate(sampled.length * 8));
    const expected = tally(sampled);
    for (const c of counts.facets.type) expect(c.count).toBe(roundEstimate(expected.get(`type:${c.value}`)! * 8));
    expect(counts.facets.type.length).toBe([...expected.keys()].filter((k) => k.startsWith("type:")).length);
  });

  it("moves to the smaller samples as the match set grows past what a sample may hold", async () => {
    expect((await countActivities(broad, run, { exact: 10, sample: 40 })).source).toMatch(/^activity_sample_(64|512)$/);
    expect((await countActivities(broad, run, { exact: 10, sample: 1 })).source).toBe("activity_sample_512");
  });
});

describe("date-ordered pages of mid-size text searches", () => {
  const ids = (list: PageRow[]) => list.map((r) => r.id);

  it("read one year at a time and give the same pages as sorting every match", async () => {
    // A word in most generated titles; a total between the ranking and slicing limits takes the per-year path.
    const query = resolveActivityQuery(activitiesQuerySchema.parse({ q: "national", limit: "7", lng: "en" }));
    const all = await run<PageRow>(pageSql(query, false, 1_000));
    expect(all.length).toBeGreaterThan(30);
    let cursor: string | undefined;
    for (let page = 0; page < 4; page++) {
      const q = resolveActivityQuery(activitiesQuerySchema.parse({ q: "national", limit: "7", lng: "en", ...(cursor ? { cursor } : {}) }));
      const { rows: got, byRank } = await pageRows(q, 5_000, run);
      expect(byRank).toBe(false);
      expect(ids(got)).toEqual(ids(all.slice(page * 7, page * 7 + 8)));
      const last = got[6]!;
      cursor = encodeCursor({ d: last.start_date, id: last.id });
    }
  });

  it("keeps the order a cursor was made in, whatever the total says now", async () => {
    const base = { q: "national", limit: "5", lng: "en" };
    const first = await pageRows(resolveActivityQuery(activitiesQuerySchema.parse(base)), 5_000, run);
    const last = first.rows[4]!;
    // Written meanwhile, the total now allows ranking: the date cursor still pages by date.
    const byDate = resolveActivityQuery(activitiesQuerySchema.parse({ ...base, cursor: encodeCursor({ d: last.start_date, id: last.id }) }));
    const next = await pageRows(byDate, 1_500, run);
    expect(next.byRank).toBe(false);
    expect(next.rows[0]!.start_date <= last.start_date).toBe(true);
    // And a rank cursor keeps ranking when the total has grown past the limit.
    const byRank = resolveActivityQuery(activitiesQuerySchema.parse({ ...base, cursor: encodeCursor({ d: last.start_date, id: last.id, r: 0.5 }) }));
    expect((await pageRows(byRank, 50_000, run)).byRank).toBe(true);
  });

  it("keeps to the years asked for", async () => {
    const query = resolveActivityQuery(activitiesQuerySchema.parse({ q: "national", year: ["2019", "2021"], limit: "100", lng: "en" }));
    const { rows: got } = await pageRows(query, 5_000, run);
    expect(got.length).toBeGreaterThan(0);
    expect(new Set(got.map((r) => Number(r.start_date.slice(0, 4))))).toEqual(new Set([2019, 2021]));
    expect(ids(got)).toEqual(ids(await run<PageRow>(pageSql(query, false, 101))));
  });
});

describe("TRUNCATE", () => {
  it("empties the totals and the samples with the table", async () => {
    await conn.query("TRUNCATE activity CASCADE");
    expect((await totalsTable()).size).toBe(0);
    for (const table of Object.keys(SAMPLES)) expect(await rows(table)).toEqual([]);
  });
});
