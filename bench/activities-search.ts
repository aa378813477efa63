/**
 * IP-TAD search at scale: npm run bench:activities [-- --scale 1000000 --requests 200]
 *
 * 1. A benchmark PostgreSQL in .data/bench-postgres (kept between runs; loaded
 *    with `scale` generated activities only when it holds a different number).
 * 2. The production build served by `next start` on port 3210 against it, twice: with the
 *    in-memory count cache off (every request counts) and on (the default).
 * 3. Per query kind, `requests` requests at concurrency 8 to GET /api/v1/activities, and
 *    the same SQL the API runs on a cache miss (sample size, counts, page) through raw pg
 *    at the same concurrency. Prints p50/p95/p99 and req/s for each, and checks the
 *    targets on the uncached run: API p95 ≤ 1.5 × raw p95 and < 150 ms.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createDbClient } from "../src/lib/db/create-client";
import { activitiesQuerySchema } from "../src/modules/activities/schemas";
import { seedGeneratedActivities } from "../src/modules/activities/server/seed-activities";
import { countActivities, type SqlRunner } from "../src/modules/activities/server/facet-counts";
import { resolveActivityQuery } from "../src/modules/activities/server/resolve-query";
import { pageRows } from "../src/modules/activities/server/page-query";
import { migrate, seed } from "../scripts/lib/database";
import { startEmbeddedDb } from "../scripts/lib/embedded-db";
import { ROOT } from "../scripts/lib/root";
import { exited, nextBin } from "../scripts/lib/run";
import { searchParamsToObject } from "../src/lib/api/query";

const { values } = parseArgs({
  options: { scale: { type: "string", default: "1000000" }, requests: { type: "string", default: "200" }, "sql-requests": { type: "string", default: "200" } },
});
const SCALE = Number(values.scale);
const REQUESTS = Number(values.requests);
const SQL_REQUESTS = Number(values["sql-requests"]);
const CONCURRENCY = 8;
const PORT = 3210;
const SEED = 7;
process.env.LOG_LEVEL = "warn";

/** Each kind cycles through several URLs, so answers are not one cached result. */
const KINDS: Record<string, string[]> = {
  "selective text": ["q=Tuvalu%20copyright", "q=Nauru%20trademarks", "q=Eswatini%20enforcement", "q=Bhutan%20fellowship", "q=Kiribati%20patents"],
  "common-word text": ["q=seminar", "q=national", "q=training", "q=experts", "q=programme"],
  "Arabic text": ["q=%D8%A7%D9%84%D9%85%D8%A4%D8%B4%D8%B1%D8%A7%D8%AA%20%D8%A7%D9%84%D8%AC%D8%BA%D8%B1%D8%A7%D9%81%D9%8A%D8%A9&lng=ar", "q=%D8%A7%D9%84%D8%A8%D8%B1%D8%A7%D8%A1%D8%A7%D8%AA&lng=ar", "q=%D8%AD%D9%82%20%D8%A7%D9%84%D9%85%D8%A4%D9%84%D9%81&lng=ar"],
  "Chinese text": ["q=%E5%9C%B0%E7%90%86%E6%A0%87%E5%BF%97&lng=zh", "q=%E4%B8%93%E5%88%A9&lng=zh", "q=%E6%8A%80%E6%9C%AF%E8%BD%AC%E8%AE%A9&lng=zh"],
  "facet filters": ["type=training_course&status=ldc", "modality=south-south&ipArea=geographical_indications", "region=002&year=2020", "funding=funds_in_trust&lang=fr", "country=ET&country=KE"],
  "no filter": ["", "lng=fr", "lng=ar", "lng=es", "lng=zh"],
};

function percentile(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function timed(n: number, task: (i: number) => Promise<unknown>) {
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

const BARE_PORT = 3211;
const f = (n: number) => n.toFixed(1).padStart(6);
const stats = (r: { p50: number; p95: number; p99: number; rps: number }) => `${f(r.p50)} ${f(r.p95)} ${f(r.p99)} ${f(r.rps)}`;

const db = await startEmbeddedDb({ dataDir: path.join(ROOT, ".data", "bench-postgres"), port: 54400, database: "bench" });
const client = createDbClient({ url: db.url, poolMax: 4 });
const server = { proc: null as ReturnType<typeof spawn> | null };

async function startServer(cache: "on" | "off") {
  server.proc = spawn(process.execPath, [nextBin(ROOT), "start", "--port", String(PORT)], {
    cwd: ROOT,
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      NODE_ENV: "production",
      NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
      LOG_LEVEL: "warn",
      DB_POOL_MAX: "16",
      ACTIVITY_COUNT_CACHE: cache,
    },
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("next start did not answer /api/health");
}

/** A fresh process compiles and loads its modules on first use: 100 requests outside the measured kinds first. */
async function warmUp() {
  const urls = ["q=cooperation", "lng=pt", "type=fellowship", "q=%D8%AA%D8%AF%D8%B1%D9%8A%D8%A8&lng=ar", "country=BR"];
  await timed(100, (i) => get(urls[i % urls.length]!).then((r) => r.arrayBuffer()));
}

async function stopServer() {
  if (server.proc && server.proc.exitCode === null) {
    server.proc.kill("SIGTERM");
    await exited(server.proc);
  }
  server.proc = null;
}

/** The same statements behind a bare node:http server (bench/bare-search-server.ts): no framework. */
async function startBare() {
  const proc = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(ROOT, "bench", "bare-search-server.ts"), db.url, String(BARE_PORT)], {
    cwd: ROOT,
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${BARE_PORT}/health`).then((r) => r.ok).catch(() => false)) return proc;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the bare server did not start");
}

async function get(url: string, base = `http://127.0.0.1:${PORT}/api/v1/activities`) {
  const res = await fetch(`${base}?${url}`);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

/** The cursor of page 50 of the newest-first list, 100 a page. */
async function deepCursor() {
  let cursor = "";
  for (let page = 0; page < 50; page++) {
    const body = (await (await get(`limit=100${cursor ? `&cursor=${cursor}` : ""}`)).json()) as { nextCursor: string };
    cursor = body.nextCursor;
  }
  return `limit=100&cursor=${cursor}`;
}

try {
  await migrate(db.url);
  await seed(db.url, { demo: false });
  const have = await client.activity.count();
  if (have !== SCALE) {
    console.log(`Loading ${SCALE.toLocaleString("en")} activities (the benchmark database holds ${have.toLocaleString("en")})…`);
    await client.$executeRaw`TRUNCATE activity CASCADE`;
    const result = await seedGeneratedActivities(client, db.url, {
      count: SCALE,
      seed: SEED,
      onProgress: (p) => p.done % 100_000 === 0 && console.log(`  ${p.done.toLocaleString("en")} / ${p.total.toLocaleString("en")}`),
    });
    console.log(`Loaded in ${result.seconds} s: ${result.rowsPerSecond.toLocaleString("en")} activities/s.`);
  }
  await client.$executeRawUnsafe("VACUUM ANALYZE activity, activity_sample_8, activity_sample_64");

  const raw = new pg.Pool({ connectionString: db.url, max: 16 });
  raw.on("error", () => {}); // idle connections closed when the server stops
  const run: SqlRunner = async (sql) => (await raw.query(sql.text, sql.values as unknown[])).rows;
  /** What the API runs on a cache miss: the counts, then the page (which needs the total). */
  const apiSql = async (url: string) => {
    const query = activitiesQuerySchema.parse(searchParamsToObject(new URLSearchParams(url)));
    const resolved = resolveActivityQuery(query);
    const counts = await countActivities(resolved.where, run);
    await pageRows(resolved, counts.total, run);
    return counts;
  };

  await startServer("off");
  await warmUp();
  // The fixed cost of any request through the app (proxy, route, a one-row query) at the same concurrency.
  const floor = await timed(REQUESTS, () => fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.arrayBuffer()));
  const kinds = { ...KINDS, "deep cursor (p.50)": [await deepCursor()] };
  const uncached: Record<string, Awaited<ReturnType<typeof timed>>> = {};
  for (const [kind, urls] of Object.entries(kinds)) uncached[kind] = await timed(REQUESTS, (i) => get(urls[i % urls.length]!).then((r) => r.arrayBuffer()));
  await stopServer();

  await startServer("on");
  await warmUp();
  const cached: Record<string, Awaited<ReturnType<typeof timed>>> = {};
  for (const [kind, urls] of Object.entries(kinds)) cached[kind] = await timed(REQUESTS, (i) => get(urls[i % urls.length]!).then((r) => r.arrayBuffer()));
  await stopServer();

  const bareProc = await startBare();
  const bare: Record<string, Awaited<ReturnType<typeof timed>>> = {};
  const bareBase = `http://127.0.0.1:${BARE_PORT}/search`;
  await timed(100, (i) => get(["q=cooperation", "lng=pt", "country=BR"][i % 3]!, bareBase).then((r) => r.arrayBuffer()));
  const bareFloor = await timed(REQUESTS, () => fetch(`http://127.0.0.1:${BARE_PORT}/health`).then((r) => r.arrayBuffer()));
  for (const [kind, urls] of Object.entries(kinds)) bare[kind] = await timed(REQUESTS, (i) => get(urls[i % urls.length]!, bareBase).then((r) => r.arrayBuffer()));
  bareProc.kill("SIGTERM");
  await exited(bareProc);

  console.log(`\n${SCALE.toLocaleString("en")} activities; per kind ${REQUESTS} API requests and ${SQL_REQUESTS} SQL runs at concurrency ${CONCURRENCY}; 2 cores.`);
  console.log("kind               | API, no cache: p50    p95    p99  req/s | API, cache: p50    p95    p99  req/s |   SQL p50    p95    p99  req/s | bare p95 | p95 < 150 | p95 ≤ 1.5 × SQL");
  const missed = { absolute: [] as string[], ratio: [] as string[], ratioOverFloor: [] as string[] };
  const sources: string[] = [];
  for (const [kind, urls] of Object.entries(kinds)) {
    for (const u of urls) {
      const c = await apiSql(u);
      sources.push(`  ${kind.padEnd(18)} ${decodeURIComponent(u).slice(0, 48).padEnd(48)} total ${c.approximate ? "≈" : "="}${c.total.toLocaleString("en").padEnd(10)} counted on ${c.source}`);
    }
    const sql = await timed(SQL_REQUESTS, (i) => apiSql(urls[i % urls.length]!));
    const api = uncached[kind]!;
    const absolute = api.p95 < 150;
    const ratio = api.p95 <= 1.5 * sql.p95;
    if (!absolute) missed.absolute.push(kind);
    if (!ratio) missed.ratio.push(kind);
    // Not the issue's target: the same ratio once the cost of any request through the app is added.
    if (api.p95 > 1.5 * sql.p95 + floor.p95) missed.ratioOverFloor.push(kind);
    console.log(
      `${kind.padEnd(18)} |              ${stats(api)} |           ${stats(cached[kind]!)} | ${stats(sql)} |   ${f(bare[kind]!.p95)} | ${(absolute ? "met" : "MISSED").padEnd(9)} | ${ratio ? "met" : `MISSED (${(api.p95 / sql.p95).toFixed(1)}×)`}`,
    );
  }
  console.log(`\nWhere each URL's counts came from (the 1/8 and 1/64 samples give estimates, marked ≈):\n${sources.join("\n")}`);
  console.log(`\nFloor: GET /api/health (no search, one-row query) at the same concurrency: ${stats(floor)} (p50 p95 p99 req/s).`);
  console.log(`Bare: the same statements behind a bare node:http server, no Next.js (bench/bare-search-server.ts); its one-row floor: ${stats(bareFloor)}.`);
  console.log(`Targets, on the uncached API (times in ms):`);
  console.log(`  p95 under 150 ms: ${missed.absolute.length ? `MISSED for ${missed.absolute.join(", ")}` : "met for every kind"}`);
  console.log(`  p95 within 1.5 × SQL p95: ${missed.ratio.length ? `MISSED for ${missed.ratio.join(", ")}` : "met for every kind"}`);
  console.log(
    `  (for comparison, not a target: p95 within 1.5 × SQL p95 + the floor's p95: ${missed.ratioOverFloor.length ? `missed for ${missed.ratioOverFloor.join(", ")}` : "met for every kind"})`,
  );
  await raw.end();
} finally {
  await stopServer();
  await client.$disconnect();
  await db.stop();
}
