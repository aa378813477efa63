import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { IMPORT_COLUMNS } from "@/modules/activities/import/columns";
import { importActivities, readImportFile } from "@/modules/activities/server";
import { NextRequest } from "next/server";
import { POST as importRoute } from "@/app/api/v1/activities/import/route";
import { freshMeta } from "../support/factories";
import { signedInAs } from "../support/session";

const secretariat = { id: "00000000-0000-4000-8000-0000000000ef", email: "secretariat@example.org", roles: ["secretariat"] };
const run = Date.now().toString(36);

const header = "external_ref,title_en,title_ar,type,ip_areas,organising_unit,start_date,end_date,venue_country,beneficiaries,languages,funding_type,funding_donor,experts,status";
const good = [
  `IMP-${run}-1,Seminar on geographical indications,ندوة بشأن المؤشرات الجغرافية,national_seminar,geographical_indications,Division for Arab Countries,2024-04-01,2024-04-02,JO,JO:25,ar,regular_budget,,Amina Haddad|EG,completed`,
  `IMP-${run}-2,"Training course on patents, advanced",,training_course,patents;technology_transfer,Academy,2024-06-10,2024-06-14,KE,KE:20;UG:10,en,funds_in_trust,JP,Li Wei|CN,completed`,
];
const csv = (lines: string[]) => Buffer.from(`\ufeff${[header, ...lines].join("\r\n")}\r\n`);

describe("activity import", () => {
  /** What an import could have written: activities, their children, audit rows. */
  const written = async () => ({
    activities: await db().activity.count(),
    beneficiaries: await db().activityBeneficiary.count(),
    experts: await db().activityExpert.count(),
    audit: await db().auditEvent.count(),
  });
  const bad = `IMP-${run}-3,,,party,patents,Academy,2024-13-01,2024-01-01,XX,XX:1,en,regular_budget,,,completed`;

  it("dry run lists every row's errors and writes nothing", async () => {
    const rows = await readImportFile("a.csv", csv([...good, bad]));
    const before = await written();
    const report = await importActivities(secretariat, rows, { dryRun: true, meta: freshMeta() });
    expect(report).toMatchObject({ dryRun: true, rows: 3, valid: 2, created: 0, updated: 0 });
    expect(report.errors.filter((e) => e.row === 4).map((e) => e.field)).toEqual(expect.arrayContaining(["title", "type", "startDate", "venueCountry", "beneficiaries.0.country"]));
    expect(await written()).toEqual(before);
  });

  it("dry run of a valid file writes nothing either", async () => {
    const rows = await readImportFile("a.csv", csv(good));
    const before = await written();
    const report = await importActivities(secretariat, rows, { dryRun: true, meta: freshMeta() });
    expect(report).toEqual({ dryRun: true, rows: 2, valid: 2, errors: [], created: 0, updated: 0 });
    expect(await written()).toEqual(before);
    expect(await db().activity.count({ where: { externalRef: { startsWith: `IMP-${run}-` } } })).toBe(0);
  });

  it("a real run of a file with an invalid row writes nothing", async () => {
    const rows = await readImportFile("a.csv", csv([...good, bad]));
    const before = await written();
    const report = await importActivities(secretariat, rows, { dryRun: false, meta: freshMeta() });
    expect(report).toMatchObject({ dryRun: false, rows: 3, valid: 2, created: 0, updated: 0 });
    expect(report.errors.length).toBeGreaterThan(0);
    expect(await written()).toEqual(before);
  });

  it("imports a valid file, then re-importing it updates instead of duplicating", async () => {
    const rows = await readImportFile("a.csv", csv(good));
    expect((await importActivities(secretariat, rows, { dryRun: true, meta: freshMeta() })).errors).toEqual([]);
    const first = await importActivities(secretariat, rows, { dryRun: false, meta: freshMeta() });
    expect(first).toMatchObject({ created: 2, updated: 0, errors: [] });
    const again = await importActivities(secretariat, rows, { dryRun: false, meta: freshMeta() });
    expect(again).toMatchObject({ created: 0, updated: 2 });
    expect(await db().activity.count({ where: { externalRef: { startsWith: `IMP-${run}-` } } })).toBe(2);
    const fit = await db().activity.findUniqueOrThrow({ where: { externalRef: `IMP-${run}-2` }, include: { beneficiaries: true, experts: true } });
    expect(fit.modality).toBe("triangular");
    // Replaced, not added to: the same two beneficiaries and one expert, and the first creation date kept.
    expect(fit.beneficiaries.map((b) => b.country).sort()).toEqual(["KE", "UG"]);
    expect(fit.experts.map((e) => e.name)).toEqual(["Li Wei"]);
    expect(fit.createdAt.getTime()).toBeLessThan(fit.updatedAt.getTime());
  });

  it("reads XLSX with the same template, dates as cells", async () => {
    const sheet = [
      IMPORT_COLUMNS.filter((c) => ["external_ref", "title_zh", "type", "ip_areas", "organising_unit", "start_date", "end_date", "beneficiaries", "funding_type", "status"].includes(c)).map((c) => ({ value: c })),
    ];
    const order = sheet[0]!.map((c) => c.value);
    const values: Record<string, unknown> = {
      external_ref: `XLSX-${run}`,
      title_zh: "关于地理标志的国家研讨会",
      type: "national_seminar",
      ip_areas: "geographical_indications",
      organising_unit: "Academy",
      start_date: new Date("2023-09-05T00:00:00Z"),
      end_date: new Date("2023-09-06T00:00:00Z"),
      beneficiaries: "LA:30",
      funding_type: "regular_budget",
      status: "completed",
    };
    const row = order.map((c) => (values[c] instanceof Date ? { value: values[c] as Date, type: Date, format: "yyyy-mm-dd" } : { value: String(values[c]) }));
    const bytes = await writeXlsxFile([...sheet, row] as never).toBuffer();
    const rows = await readImportFile("a.xlsx", bytes);
    const report = await importActivities(secretariat, rows, { dryRun: false, meta: freshMeta() });
    expect(report).toMatchObject({ created: 1, errors: [] });
    const a = await db().activity.findUniqueOrThrow({ where: { externalRef: `XLSX-${run}` } });
    expect(a.startDate.toISOString().slice(0, 10)).toBe("2023-09-05");
  });

  it("refuses unknown columns and unreadable files", async () => {
    await expect(readImportFile("a.csv", Buffer.from("foo,bar\n1,2\n"))).rejects.toMatchObject({ kind: "invalid_input" });
    await expect(readImportFile("a.xlsx", Buffer.from("not a zip"))).rejects.toMatchObject({ kind: "invalid_input" });
  });
});

describe("POST /api/v1/activities/import as a stream", () => {
  async function post(body: Buffer, { dryRun, cookie }: { dryRun: boolean; cookie: string }) {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(body)], "big.csv", { type: "text/csv" }));
    const req = new NextRequest(new URL(`http://localhost/api/v1/activities/import?dryRun=${dryRun}`), {
      method: "POST",
      body: form,
      headers: { accept: "application/x-ndjson", cookie },
    });
    const res = await importRoute(req, { params: Promise.resolve({}) });
    const lines = (await res.text()).trim().split("\n").map((l) => JSON.parse(l));
    return { res, lines };
  }

  it("sends progress lines while it checks and writes, then the report", async () => {
    const { cookie } = await signedInAs(["secretariat"]);
    const rows = Array.from({ length: 1_200 }, (_, i) => `STREAM-${run}-${i},Seminar ${i},,national_seminar,patents,Academy,2024-04-01,2024-04-02,JO,JO:25,en,regular_budget,,,completed`);
    const { res, lines } = await post(csv(rows), { dryRun: false, cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const progress = lines.filter((l) => l.progress).map((l) => l.progress);
    expect(progress.at(-1)).toEqual({ phase: "writing", done: 1_200, total: 1_200 });
    expect(progress.some((p) => p.phase === "checking")).toBe(true);
    // Phases in order, and within a phase the count never goes back.
    const order = progress.map((p) => `${p.phase === "checking" ? 0 : 1}:${String(p.done).padStart(5, "0")}`);
    expect(order).toEqual([...order].sort());
    expect(lines.at(-1)).toMatchObject({ status: 200, report: { rows: 1_200, created: 1_200, errors: [] } });
    expect(await db().activity.count({ where: { externalRef: { startsWith: `STREAM-${run}-` } } })).toBe(1_200);
  });

  it("ends with the report of every error, status 422, and writes nothing", async () => {
    const { cookie } = await signedInAs(["secretariat"]);
    const { lines } = await post(csv([...good, `BAD-${run},,,party,patents,Academy,2024-01-01,2024-01-02,JO,JO:1,en,regular_budget,,,completed`]), { dryRun: false, cookie });
    expect(lines.at(-1)).toMatchObject({ status: 422, report: { rows: 3, valid: 2, created: 0 } });
    expect(await db().activity.count({ where: { externalRef: `BAD-${run}` } })).toBe(0);
  });

  it("refuses a visitor with a 401 problem, not a stream", async () => {
    const { res, lines } = await post(csv(good), { dryRun: true, cookie: "" });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(lines).toEqual([expect.objectContaining({ status: 401 })]);
  });
});
