/**
 * IP-DMD matchmaking at scale: npm run bench:matchmaking [-- --scale 100000 --activities 1000000 --consultants 100000 --requests 200] [--no-api]
 *
 * 1. A benchmark PostgreSQL in .data/bench-matchmaking-postgres (kept between runs; each part
 *    reloaded only when it holds a different number of rows): `activities` generated activities
 *    and `consultants` generated profiles (the other benchmarks' generators and seed 7), then
 *    `scale` listings with scale/2 interests and scale/10 matches (seed/generate.ts).
 * 2. The production build (`npx next build` first; NEXT_DIST_DIR is passed through) served by
 *    `next start` on port 3214 against it. Search has no count cache here: every request counts.
 * 3. Per query kind, `requests` requests at concurrency 8: to the API, to the same statements
 *    behind a bare node:http server (bench/matchmaking-bare-server.ts), and the statements through
 *    raw pg (bench/matchmaking-statements.ts). Prints p50/p95 for each and the ratio API/bare, and
 *    checks the issue's targets on the API: search p95 < 100 ms, suggestions p95 < 150 ms, API
 *    p95 ≤ 1.5 × bare p95. --no-api skips the Next.js part (no build needed).
 */
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createDbClient } from "../src/lib/db/create-client";
import { seedGeneratedActivities } from "../src/modules/activities/server/seed-activities";
import { seedGeneratedConsultants } from "../src/modules/consultants/server/seed-consultants";
import { encodeListingCursor } from "../src/modules/matchmaking/schemas";
import { seedGeneratedMatchmaking } from "../src/modules/matchmaking/server/seed-listings";
import { migrate, seed } from "../scripts/lib/database";
import { startEmbeddedDb } from "../scripts/lib/embedded-db";
import { ROOT } from "../scripts/lib/root";
import { exited, nextBin } from "../scripts/lib/run";
import { searchStatements, suggestionStatements, type Run } from "./matchmaking-statements";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "100000" },
    activities: { type: "string", default: "1000000" },
    consultants: { type: "string", default: "100000" },
    requests: { type: "string", default: "200" },
    "no-api": { type: "boolean", default: false },
  },
});
const SCALE = Number(values.scale);
const ACTIVITIES = Number(values.activities);
const CONSULTANTS = Number(values.consultants);
const REQUESTS = Number(values.requests);
const WITH_API = !values["no-api"];
const CONCURRENCY = 8;
const PORT = 3214;
const BARE_PORT = 3215;
const SEED = 7;
const TARGET_SEARCH_MS = 100;
const TARGET_SUGGEST_MS = 150;
process.env.LOG_LEVEL = "warn";

const enc = encodeURIComponent;
/** Search kinds: each cycles through several URLs, so answers are not one repeated result. */
const SEARCH_KINDS: Record<string, string[]> = {
  "search unfiltered": ["", "lng=fr", "lng=ar", "lng=es", "lng=zh"],
  text: [
    "q=geographical%20indications",
    "q=Ethiopia",
    `q=${enc("brevets")}&lng=fr`,
    `q=${enc("专利审查")}&lng=zh`,
    `q=${enc("الملكية الفكرية")}&lng=ar`,
    "q=Madrid%20trademark",
  ],
  "facet filters": ["kind=need&ipArea=patents", "devStatus=ldc&form=training", "region=002&supportType=financial", "country=EG&country=PE", "theme=enforcement&lang=fr"],
  "deadline sort": ["sort=deadline", "sort=deadline&kind=need", "sort=deadline&ipArea=copyright&lng=es"],
};

function percentile(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

type Timing = { p50: number; p95: number; rps: number };
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
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), rps: n / ((performance.now() - started) / 1000) };
}

const f = (n: number) => n.toFixed(1).padStart(6);
const stats = (r: Timing) => `${f(r.p50)} ${f(r.p95)}`;

const db = await startEmbeddedDb({ dataDir: path.join(ROOT, ".data", "bench-matchmaking-postgres"), port: 54402, database: "bench" });
const client = createDbClient({ url: db.url, poolMax: 4 });
const procs: ReturnType<typeof spawn>[] = [];

async function waitFor(url: string, what: string) {
  for (let i = 0; i < 150; i++) {
    if (await fetch(url).then((r) => r.ok).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer ${url}`);
}

async function get(url: string) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}${res.status === 404 ? " (is the production build older than the matchmaking module? npx next build)" : ""}`);
  return res.arrayBuffer();
}

async function stop(proc: ReturnType<typeof spawn>) {
  if (proc.exitCode === null && proc.signalCode === null) {
    proc.kill("SIGTERM");
    await exited(proc);
  }
}

/** A kind: how to ask the API, the bare server and raw SQL for its i-th request. */
interface Kind {
  name: string;
  target: number;
  api: (i: number) => string;
  bare: (i: number) => string;
  sql: (i: number) => Promise<unknown>;
}

try {
  await migrate(db.url);
  await seed(db.url, { demo: false });
  const [haveActivities, haveConsultants, haveListings] = await Promise.all([client.activity.count(), client.consultant.count(), client.listing.count()]);
  let reloaded = false;
  if (haveActivities !== ACTIVITIES) {
    console.log(`Loading ${ACTIVITIES.toLocaleString("en")} activities (the benchmark database holds ${haveActivities.toLocaleString("en")})…`);
    await client.$executeRaw`TRUNCATE activity CASCADE`;
    const r = await seedGeneratedActivities(client, db.url, { count: ACTIVITIES, seed: SEED });
    console.log(`  in ${r.seconds} s.`);
    reloaded = true;
  }
  if (reloaded || haveConsultants !== CONSULTANTS) {
    console.log(`Loading ${CONSULTANTS.toLocaleString("en")} consultants…`);
    await client.$executeRaw`TRUNCATE consultant CASCADE`;
    const r = await seedGeneratedConsultants(client, db.url, { count: CONSULTANTS, seed: SEED });
    console.log(`  in ${r.seconds} s.`);
    reloaded = true;
  }
  if (reloaded || haveListings !== SCALE) {
    console.log(`Loading ${SCALE.toLocaleString("en")} listings, ${(SCALE / 2).toLocaleString("en")} interests, ${(SCALE / 10).toLocaleString("en")} matches…`);
    await client.$executeRaw`TRUNCATE listing, match CASCADE`;
    const r = await seedGeneratedMatchmaking(client, db.url, { listings: SCALE, interests: SCALE / 2, matches: SCALE / 10, seed: SEED, owners: [] });
    console.log(`  ${r.users.toLocaleString("en")} accounts, ${r.interests.toLocaleString("en")} interests, ${r.matches.toLocaleString("en")} matches; ${r.seconds} s.`);
  }
  await client.$executeRawUnsafe("VACUUM ANALYZE listing, listing_interest, match, match_party, consultant, activity");
  const [shape] = await client.$queryRaw<{ listings: number; public: number; interests: number; matches: number; consultants: number; activities: number }[]>`
    SELECT (SELECT count(*)::int FROM listing) AS listings,
      (SELECT count(*)::int FROM listing WHERE status IN ('published', 'in_discussion', 'matched')) AS public,
      (SELECT count(*)::int FROM listing_interest) AS interests, (SELECT count(*)::int FROM match) AS matches,
      (SELECT count(*)::int FROM consultant) AS consultants, (SELECT count(*)::int FROM activity) AS activities`;

  const raw = new pg.Pool({ connectionString: db.url, max: 16 });
  raw.on("error", () => {});
  const run: Run = async (sql) => (await raw.query(sql.text, sql.values as unknown[])).rows;

  // The cursor of page 50 of the default order (newest first), 100 a page.
  const [deep] = await run<{ published_at: Date; id: string }>({
    text: `SELECT published_at, id FROM listing WHERE status IN ('published', 'in_discussion', 'matched') ORDER BY published_at DESC, id DESC OFFSET 4899 LIMIT 1`,
    values: [],
  } as never);
  const searchKinds: Record<string, string[]> = {
    ...SEARCH_KINDS,
    "deep cursor (p.50)": [deep ? `limit=100&cursor=${encodeListingCursor({ s: "n", t: deep.published_at.toISOString(), id: deep.id })}` : "limit=100"],
  };
  // Listings to suggest for: open needs and offers spread over the set (every 997th), fixed ids so each run asks the same.
  const pickIds = async (kind: string) =>
    (await run<{ id: string }>({ text: `SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM listing WHERE kind = $1 AND status IN ('published', 'in_discussion')) x WHERE n % 997 = 1 LIMIT 10`, values: [kind] } as never)).map((r) => r.id);
  const [needIds, offerIds] = await Promise.all([pickIds("need"), pickIds("offer")]);

  const kinds: Kind[] = [
    ...Object.entries(searchKinds).map(([name, urls]) => ({
      name,
      target: TARGET_SEARCH_MS,
      api: (i: number) => `/api/v1/matchmaking/listings?${urls[i % urls.length]}`,
      bare: (i: number) => `/search?${urls[i % urls.length]}`,
      sql: (i: number) => searchStatements(urls[i % urls.length]!, run),
    })),
    ...([["suggestions (need)", needIds], ["suggestions (offer)", offerIds]] as const).map(([name, ids]) => ({
      name,
      target: TARGET_SUGGEST_MS,
      api: (i: number) => `/api/v1/matchmaking/listings/${ids[i % ids.length]}/suggestions`,
      bare: (i: number) => `/suggest?id=${ids[i % ids.length]}`,
      sql: (i: number) => suggestionStatements(ids[i % ids.length]!, run),
    })),
  ];

  const sql: Record<string, Timing> = {};
  for (const k of kinds) {
    await timed(20, (i) => k.sql(i));
    sql[k.name] = await timed(REQUESTS, (i) => k.sql(i));
  }

  const bareProc = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(ROOT, "bench", "matchmaking-bare-server.ts"), db.url, String(BARE_PORT)], { cwd: ROOT, stdio: "ignore" });
  procs.push(bareProc);
  await waitFor(`http://127.0.0.1:${BARE_PORT}/health`, "the bare server");
  const bareBase = `http://127.0.0.1:${BARE_PORT}`;
  await timed(60, (i) => get(`${bareBase}${kinds[i % kinds.length]!.bare(i)}`));
  const bare: Record<string, Timing> = {};
  for (const k of kinds) bare[k.name] = await timed(REQUESTS, (i) => get(`${bareBase}${k.bare(i)}`));
  await stop(bareProc);

  const api: Record<string, Timing> = {};
  if (WITH_API) {
    const proc = spawn(process.execPath, [nextBin(ROOT), "start", "--port", String(PORT)], {
      cwd: ROOT,
      stdio: "ignore",
      env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production", NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789", LOG_LEVEL: "warn", DB_POOL_MAX: "16" },
    });
    procs.push(proc);
    await waitFor(`http://127.0.0.1:${PORT}/api/health`, "next start");
    const base = `http://127.0.0.1:${PORT}`;
    // A fresh process compiles and loads its modules on first use: 100 requests outside the measured runs first.
    await timed(100, (i) => get(`${base}${kinds[i % kinds.length]!.api(i)}`));
    for (const k of kinds) api[k.name] = await timed(REQUESTS, (i) => get(`${base}${k.api(i)}`));
    await stop(proc);
  }

  console.log(
    `\n${shape!.listings.toLocaleString("en")} listings (${shape!.public.toLocaleString("en")} public), ${shape!.interests.toLocaleString("en")} interests, ${shape!.matches.toLocaleString("en")} matches, ` +
      `${shape!.consultants.toLocaleString("en")} consultants, ${shape!.activities.toLocaleString("en")} activities; ${REQUESTS} requests per kind and path at concurrency ${CONCURRENCY}; uncached; ${os.cpus().length} cores. Times in ms.`,
  );
  console.log("kind                |  SQL p50    p95 |  API p50    p95 | bare p50    p95 | API/bare p95 | target p95      | ≤ 1.5 × bare");
  const missed: string[] = [];
  for (const k of kinds) {
    const a = api[k.name];
    const b = bare[k.name]!;
    const ratio = a ? a.p95 / b.p95 : null;
    const absolute = a ? a.p95 < k.target : null;
    if (absolute === false) missed.push(`${k.name}: p95 ${a!.p95.toFixed(1)} ≥ ${k.target}`);
    if (ratio !== null && ratio > 1.5) missed.push(`${k.name}: API/bare ${ratio.toFixed(2)}×`);
    console.log(
      `${k.name.padEnd(19)} | ${stats(sql[k.name]!)} | ${a ? stats(a) : "  (not run)    "} | ${stats(b)} | ${ratio === null ? "           -" : `${ratio.toFixed(2).padStart(11)}×`} | ${`< ${k.target}: ${absolute === null ? "-" : absolute ? "met" : "MISSED"}`.padEnd(15)} | ${ratio === null ? "-" : ratio <= 1.5 ? "met" : "MISSED"}`,
    );
  }
  const samples = await Promise.all(Object.entries(searchKinds).map(async ([name, urls]) => `  ${name.padEnd(19)} ${decodeURIComponent(urls[0]!).slice(0, 40).padEnd(40)} total ${await searchStatements(urls[0]!, run).then((r) => `${r.approximate ? "≈" : "="}${r.total.toLocaleString("en")} (${r.source})`)}`));
  console.log(`\nFirst URL of each search kind and its count:\n${samples.join("\n")}`);
  if (WITH_API) console.log(missed.length ? `\nTargets MISSED: ${missed.join("; ")}` : "\nTargets met for every kind.");
  else console.log("\nThe API was not measured (--no-api).");
  await raw.end();
} finally {
  for (const p of procs) await stop(p);
  await client.$disconnect();
  await db.stop();
}
