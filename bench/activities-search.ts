/**
 * IP-TAD search at scale: npm run bench:activities [-- --scale 1000000 --requests 200]
 *
 * 1. A benchmark PostgreSQL in .data/bench-postgres (kept between runs; loaded
 *    with `scale` generated activities only when it holds a different number).
 * 2. The production build served by `next start` on port 3210 against it.
 * 3. Per query kind, `requests` requests at concurrency 8 to GET /api/v1/activities,
 *    and the same SQL the API runs (count, nine facet counts, the page) through
 *    raw pg at the same concurrency. Prints p50/p95/p99 and req/s for both, and
 *    checks the targets: API p95 ≤ 1.5 × raw p95 and ≤ 150 ms.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createDbClient } from "../src/lib/db/create-client";
import { activitiesQuerySchema } from "../src/modules/activities/schemas";
import { seedGeneratedActivities } from "../src/modules/activities/server/seed-activities";
import { allFacetSql, countSql } from "../src/modules/activities/server/facet-counts";
import { filterSql } from "../src/modules/activities/server/filters";
import { pageSql } from "../src/modules/activities/server/search-activities";
import { migrate, seed } from "../scripts/lib/database";
import { startEmbeddedDb } from "../scripts/lib/embedded-db";
import { ROOT } from "../scripts/lib/root";
import { exited, nextBin } from "../scripts/lib/run";
import { searchParamsToObject } from "../src/lib/api/query";

const { values } = parseArgs({
  options: { scale: { type: "string", default: "1000000" }, requests: { type: "string", default: "200" }, "sql-requests": { type: "string", default: "32" } },
});
const SCALE = Number(values.scale);
const REQUESTS = Number(values.requests);
// The uncached SQL takes seconds per request on common words at 1M rows: fewer samples keep the run short.
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

async function run(n: number, task: (i: number) => Promise<void>) {
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

const db = await startEmbeddedDb({ dataDir: path.join(ROOT, ".data", "bench-postgres"), port: 54400, database: "bench" });
const client = createDbClient({ url: db.url, poolMax: 4 });
const server = { proc: null as ReturnType<typeof spawn> | null };
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
    await client.$executeRawUnsafe("VACUUM ANALYZE activity");
  }

  server.proc = spawn(process.execPath, [nextBin(ROOT), "start", "--port", String(PORT)], {
    cwd: ROOT,
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production", NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789", LOG_LEVEL: "warn", DB_POOL_MAX: "16" },
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }

  const raw = new pg.Pool({ connectionString: db.url, max: 16 });
  const rows: string[] = [];
  let pass = true;
  console.log(`\n${SCALE.toLocaleString("en")} activities; per kind ${REQUESTS} API requests and ${SQL_REQUESTS} SQL runs at concurrency ${CONCURRENCY}; 2 cores.`);
  console.log("kind               |   API p50    p95    p99  req/s |   SQL p50    p95    p99  req/s | targets");
  const cold: string[] = [];
  for (const [kind, urls] of Object.entries(KINDS)) {
    // Cold: the first request of each URL computes its total and facet counts (cache miss).
    const coldTimes: number[] = [];
    for (const u of urls) {
      const t = performance.now();
      await (await fetch(`http://127.0.0.1:${PORT}/api/v1/activities?${u}`)).arrayBuffer();
      coldTimes.push(performance.now() - t);
    }
    cold.push(`${kind.padEnd(18)} | first request of each URL (counts computed): ${coldTimes.map((t) => t.toFixed(0)).join(", ")} ms`);
    const api = await run(REQUESTS, async (i) => {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/activities?${urls[i % urls.length]}`);
      if (!res.ok) throw new Error(`${kind}: HTTP ${res.status}`);
      await res.arrayBuffer();
    });
    const statements = await Promise.all(
      urls.map(async (u) => {
        const query = activitiesQuerySchema.parse(searchParamsToObject(new URLSearchParams(u)));
        const where = filterSql(query);
        const total = Number((await raw.query(countSql(where).text, countSql(where).values as unknown[])).rows[0].n);
        return { where, page: pageSql(query, total).sql };
      }),
    );
    const sql = await run(SQL_REQUESTS, async (i) => {
      const s = statements[i % statements.length]!;
      const all = [countSql(s.where), ...allFacetSql(s.where), s.page];
      await Promise.all(all.map((q) => raw.query(q.text, q.values as unknown[])));
    });
    const ok = api.p95 <= Math.max(1.5 * sql.p95, 0) && api.p95 < 150;
    pass &&= ok;
    const f = (n: number) => n.toFixed(1).padStart(6);
    rows.push(`${kind.padEnd(18)} | ${f(api.p50)} ${f(api.p95)} ${f(api.p99)} ${f(api.rps)} | ${f(sql.p50)} ${f(sql.p95)} ${f(sql.p99)} ${f(sql.rps)} | ${ok ? "met" : "MISSED"}`);
    console.log(rows.at(-1));
  }
  // Deep cursor: 50 pages down the newest-first list.
  let cursor = "";
  for (let page = 0; page < 50; page++) {
    const body = (await (await fetch(`http://127.0.0.1:${PORT}/api/v1/activities?limit=100${cursor ? `&cursor=${cursor}` : ""}`)).json()) as { nextCursor: string };
    cursor = body.nextCursor;
  }
  const deepQuery = activitiesQuerySchema.parse({ limit: "100", cursor });
  const deepPage = pageSql(deepQuery, SCALE).sql;
  const apiDeep = await run(REQUESTS, async () => {
    await (await fetch(`http://127.0.0.1:${PORT}/api/v1/activities?limit=100&cursor=${cursor}`)).arrayBuffer();
  });
  const sqlDeep = await run(SQL_REQUESTS, async () => {
    const where = filterSql(deepQuery);
    await Promise.all([countSql(where), ...allFacetSql(where), deepPage].map((q) => raw.query(q.text, q.values as unknown[])));
  });
  const okDeep = apiDeep.p95 <= 1.5 * sqlDeep.p95 && apiDeep.p95 < 150;
  pass &&= okDeep;
  const f = (n: number) => n.toFixed(1).padStart(6);
  console.log(`${"deep cursor (p.50)".padEnd(18)} | ${f(apiDeep.p50)} ${f(apiDeep.p95)} ${f(apiDeep.p99)} ${f(apiDeep.rps)} | ${f(sqlDeep.p50)} ${f(sqlDeep.p95)} ${f(sqlDeep.p99)} ${f(sqlDeep.rps)} | ${okDeep ? "met" : "MISSED"}`);
  console.log(`\nCold requests, before the timed runs above:\n${cold.join("\n")}`);
  console.log(`\nAll targets ${pass ? "met" : "NOT met"}. (Times in ms. SQL = the count, nine facet counts and page query the API issues on a cache miss, in parallel.)`);
  await raw.end();
} finally {
  if (server.proc && server.proc.exitCode === null) {
    server.proc.kill("SIGTERM");
    await exited(server.proc);
  }
  await client.$disconnect();
  await db.stop();
}
