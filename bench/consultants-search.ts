/**
 * Roster (ROC) search at scale: npm run bench:consultants [-- --scale 100000 --activities 100000 --requests 200] [--no-api]
 *
 * 1. A benchmark PostgreSQL in .data/bench-consultants-postgres (kept between runs; reloaded only
 *    when it holds a different number of activities or profiles): `activities` generated
 *    activities, then `scale` generated profiles with about three assignments each.
 * 2. The production build (`npm run build` first) served by `next start` on port 3212 against it.
 *    The roster has no count cache: every request counts.
 * 3. Per query kind, `requests` requests at concurrency 8 to GET /api/v1/consultants; the same
 *    statements through raw pg (counts, then the page); and the same statements behind a bare
 *    node:http server (bench/consultants-bare-server.ts). Prints p50/p95/p99 and req/s, checks
 *    the issue's targets on the API: p95 < 100 ms, and API p95 ≤ 1.5 × the bare server's p95
 *    (the ratio printed). --no-api skips the Next.js part (no build needed).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { searchParamsToObject } from "../src/lib/api/query";
import { createDbClient } from "../src/lib/db/create-client";
import { seedGeneratedActivities } from "../src/modules/activities/server/seed-activities";
import { consultantsQuerySchema } from "../src/modules/consultants/schemas";
import { countConsultants } from "../src/modules/consultants/server/facet-counts";
import { pageRows } from "../src/modules/consultants/server/page-query";
import { resolveConsultantQuery } from "../src/modules/consultants/server/resolve-query";
import { seedGeneratedConsultants } from "../src/modules/consultants/server/seed-consultants";
import type { SqlRunner } from "../src/modules/consultants/server/sql-runner";
import { migrate, seed } from "../scripts/lib/database";
import { startEmbeddedDb } from "../scripts/lib/embedded-db";
import { ROOT } from "../scripts/lib/root";
import { exited, nextBin } from "../scripts/lib/run";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "100000" },
    activities: { type: "string", default: "100000" },
    requests: { type: "string", default: "200" },
    "sql-requests": { type: "string", default: "200" },
    "no-api": { type: "boolean", default: false },
  },
});
const SCALE = Number(values.scale);
const ACTIVITIES = Number(values.activities);
const REQUESTS = Number(values.requests);
const SQL_REQUESTS = Number(values["sql-requests"]);
const WITH_API = !values["no-api"];
const CONCURRENCY = 8;
const PORT = 3212;
const BARE_PORT = 3213;
const SEED = 7;
const TARGET_MS = 100;
process.env.LOG_LEVEL = "warn";

const enc = encodeURIComponent;
/** Each kind cycles through several URLs, so answers are not one repeated result. */
const KINDS: Record<string, string[]> = {
  "selective text": ["q=abebe%20tadesse", "q=perez%20quispe", "q=Sita%20Sharma", `q=${enc("Gonçalves")}`, "q=Oyuunchimeg"],
  "common-word text": ["q=patent", "q=examination", "q=office", "q=trademarks", "q=university"],
  "Arabic text": [`q=${enc("احمد")}&lng=ar`, `q=${enc("الحداد")}&lng=ar`, `q=${enc("فحص البراءات")}&lng=ar`],
  "Chinese text": [`q=${enc("王")}&lng=zh`, `q=${enc("专利审查")}&lng=zh`, `q=${enc("李静")}&lng=zh`],
  "facet filters": ["status=ldc&skill=patent_examination", "region=002&language=fr", "servedIn=ET&servedIn=KE", "availability=available&ipArea=geographical_indications", "nationality=ET&nationality=KE&nationality=EG"],
  "no filter": ["", "lng=fr", "lng=ar", "lng=es", "lng=zh"],
  "sort confirmed": ["sort=confirmed", "sort=confirmed&status=developing", "sort=confirmed&includeStale=true"],
};

function percentile(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

type Timing = { p50: number; p95: number; p99: number; rps: number };
async function timed(n: number, task: (i: number) => Promise<unknown>): Promise<Timing> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t = performance.now();
        await task(i);
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99), rps: n / seconds };
}

const f = (n: number) => n.toFixed(1).padStart(6);
const stats = (r: Timing) => `${f(r.p50)} ${f(r.p95)} ${f(r.p99)} ${f(r.rps)}`;

const db = await startEmbeddedDb({ dataDir: path.join(ROOT, ".data", "bench-consultants-postgres"), port: 54401, database: "bench" });
const client = createDbClient({ url: db.url, poolMax: 4 });
const procs: ReturnType<typeof spawn>[] = [];

async function waitFor(url: string, what: string) {
  for (let i = 0; i < 150; i++) {
    if (await fetch(url).then((r) => r.ok).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer ${url}`);
}

async function get(url: string, base: string) {
  const res = await fetch(`${base}?${url}`);
  if (!res.ok) throw new Error(`${base}?${url}: HTTP ${res.status}${res.status === 404 ? " (is the production build older than the roster? npm run build)" : ""}`);
  return res;
}

/** Stops a child once: a child killed by a signal has no exit code, only a signal code. */
async function stop(proc: ReturnType<typeof spawn>) {
  if (proc.exitCode === null && proc.signalCode === null) {
    proc.kill("SIGTERM");
    await exited(proc);
  }
}

/** The cursor of page 50 of the default (most assignments first) list, 100 a page (the last page's, in a smaller roster). */
async function deepCursor(base: string) {
  let cursor = "";
  for (let page = 0; page < 50; page++) {
    const body = (await (await get(`limit=100${cursor ? `&cursor=${cursor}` : ""}`, base)).json()) as { nextCursor: string | null };
    if (!body.nextCursor) break;
    cursor = body.nextCursor;
  }
  return cursor ? `limit=100&cursor=${cursor}` : "limit=100";
}

try {
  await migrate(db.url);
  await seed(db.url, { demo: false });
  const [haveActivities, haveConsultants] = await Promise.all([client.activity.count(), client.consultant.count()]);
  if (haveActivities !== ACTIVITIES) {
    console.log(`Loading ${ACTIVITIES.toLocaleString("en")} activities (the benchmark database holds ${haveActivities.toLocaleString("en")})…`);
    await client.$executeRaw`TRUNCATE activity CASCADE`;
    const result = await seedGeneratedActivities(client, db.url, { count: ACTIVITIES, seed: SEED });
    console.log(`  in ${result.seconds} s.`);
  }
  if (haveActivities !== ACTIVITIES || haveConsultants !== SCALE) {
    console.log(`Loading ${SCALE.toLocaleString("en")} consultants (the benchmark database holds ${haveConsultants.toLocaleString("en")})…`);
    await client.$executeRaw`TRUNCATE consultant CASCADE`;
    const result = await seedGeneratedConsultants(client, db.url, {
      count: SCALE,
      seed: SEED,
      onProgress: (p) => p.done % 20_000 === 0 && console.log(`  ${p.done.toLocaleString("en")} / ${p.total.toLocaleString("en")}`),
    });
    console.log(`  ${result.assignments.toLocaleString("en")} assignments; ${result.seconds} s, ${result.rowsPerSecond.toLocaleString("en")} profiles/s.`);
  }
  await client.$executeRawUnsafe("VACUUM ANALYZE consultant, consultant_language, consultant_assignment");
  const [shape] = await client.$queryRaw<{ approved: number; visible: number; assignments: number }[]>`
    SELECT count(*) FILTER (WHERE status = 'approved')::int AS approved,
           count(*) FILTER (WHERE status = 'approved' AND last_confirmed_at >= now() - interval '24 months')::int AS visible,
           (SELECT count(*)::int FROM consultant_assignment) AS assignments
    FROM consultant`;

  const raw = new pg.Pool({ connectionString: db.url, max: 16 });
  raw.on("error", () => {});
  const run: SqlRunner = async (sql) => (await raw.query(sql.text, sql.values as unknown[])).rows;
  /** What the API runs: the counts, then the page (which needs the total). */
  const apiSql = async (url: string) => {
    const resolved = resolveConsultantQuery(consultantsQuerySchema.parse(searchParamsToObject(new URLSearchParams(url))));
    const counts = await countConsultants(resolved.where, run);
    await pageRows(resolved, counts.total, run);
    return counts;
  };

  // The bare server first: it also finds the deep cursor, so the API needs no build for that.
  const bareProc = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(ROOT, "bench", "consultants-bare-server.ts"), db.url, String(BARE_PORT)], { cwd: ROOT, stdio: "ignore" });
  procs.push(bareProc);
  await waitFor(`http://127.0.0.1:${BARE_PORT}/health`, "the bare server");
  const bareBase = `http://127.0.0.1:${BARE_PORT}/search`;
  const kinds: Record<string, string[]> = { ...KINDS, "deep cursor (p.50)": [await deepCursor(bareBase)] };
  await timed(100, (i) => get(["q=expert", "lng=pt", "nationality=BR"][i % 3]!, bareBase).then((r) => r.arrayBuffer()));
  const bareFloor = await timed(REQUESTS, () => fetch(`http://127.0.0.1:${BARE_PORT}/health`).then((r) => r.arrayBuffer()));
  const bare: Record<string, Timing> = {};
  for (const [kind, urls] of Object.entries(kinds)) bare[kind] = await timed(REQUESTS, (i) => get(urls[i % urls.length]!, bareBase).then((r) => r.arrayBuffer()));
  await stop(bareProc);

  const api: Record<string, Timing> = {};
  let floor: Timing | null = null;
  if (WITH_API) {
    const proc = spawn(process.execPath, [nextBin(ROOT), "start", "--port", String(PORT)], {
      cwd: ROOT,
      stdio: "ignore",
      env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production", NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789", LOG_LEVEL: "warn", DB_POOL_MAX: "16" },
    });
    procs.push(proc);
    await waitFor(`http://127.0.0.1:${PORT}/api/health`, "next start");
    const base = `http://127.0.0.1:${PORT}/api/v1/consultants`;
    // A fresh process compiles and loads its modules on first use: 100 requests outside the measured kinds first.
    await timed(100, (i) => get(["q=expert", "lng=pt", "nationality=BR", "skill=ip_valuation", `q=${enc("خبير")}&lng=ar`][i % 5]!, base).then((r) => r.arrayBuffer()));
    floor = await timed(REQUESTS, () => fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.arrayBuffer()));
    for (const [kind, urls] of Object.entries(kinds)) api[kind] = await timed(REQUESTS, (i) => get(urls[i % urls.length]!, base).then((r) => r.arrayBuffer()));
    await stop(proc);
  }

  console.log(
    `\n${SCALE.toLocaleString("en")} profiles (${shape!.approved.toLocaleString("en")} approved, ${shape!.visible.toLocaleString("en")} in the default search), ${shape!.assignments.toLocaleString("en")} assignments, ${ACTIVITIES.toLocaleString("en")} activities; per kind ${REQUESTS} requests and ${SQL_REQUESTS} SQL runs at concurrency ${CONCURRENCY}; uncached; ${(await import("node:os")).cpus().length} cores.`,
  );
  console.log("kind               |  API p50    p95    p99  req/s |  SQL p50    p95    p99  req/s | bare p50    p95    p99  req/s | API/bare p95 | p95 < 100 | ≤ 1.5 × bare");
  const missed = { absolute: [] as string[], ratio: [] as string[] };
  const sources: string[] = [];
  for (const [kind, urls] of Object.entries(kinds)) {
    for (const u of urls) {
      const c = await apiSql(u);
      sources.push(`  ${kind.padEnd(18)} ${decodeURIComponent(u).slice(0, 48).padEnd(48)} total ${c.approximate ? "≈" : "="}${c.total.toLocaleString("en").padEnd(8)} counted on ${c.source}`);
    }
    const sql = await timed(SQL_REQUESTS, (i) => apiSql(urls[i % urls.length]!));
    const b = bare[kind]!;
    const a = api[kind];
    const ratio = a ? a.p95 / b.p95 : null;
    if (a && a.p95 >= TARGET_MS) missed.absolute.push(kind);
    if (ratio !== null && ratio > 1.5) missed.ratio.push(kind);
    console.log(
      `${kind.padEnd(18)} | ${a ? stats(a) : "   (not run)               "} | ${stats(sql)} | ${stats(b)} | ${ratio === null ? "         -" : `${ratio.toFixed(2).padStart(10)}×`}  | ${a ? (a.p95 < TARGET_MS ? "met" : "MISSED").padEnd(9) : "-".padEnd(9)} | ${ratio === null ? "-" : ratio <= 1.5 ? "met" : "MISSED"}`,
    );
  }
  console.log(`\nWhere each URL's counts came from (samples give estimates, marked ≈):\n${sources.join("\n")}`);
  if (floor) console.log(`\nFloor: GET /api/health through the app at the same concurrency: ${stats(floor)} (p50 p95 p99 req/s).`);
  console.log(`Bare server's one-row floor: ${stats(bareFloor)}.`);
  if (WITH_API) {
    console.log(`Targets, on the API (times in ms):`);
    console.log(`  p95 under ${TARGET_MS} ms: ${missed.absolute.length ? `MISSED for ${missed.absolute.join(", ")}` : "met for every kind"}`);
    console.log(`  p95 within 1.5 × the bare server's p95: ${missed.ratio.length ? `MISSED for ${missed.ratio.join(", ")}` : "met for every kind"}`);
  } else console.log("The API was not measured (--no-api).");
  await raw.end();
} finally {
  for (const p of procs) await stop(p);
  await client.$disconnect();
  await db.stop();
}
