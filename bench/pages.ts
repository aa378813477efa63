/**
 * Public pages through the page cache, against their ceiling: npm run bench:pages [-- --requests 2000]
 *
 * One run, on one machine, side by side for the home page, the activities search, an
 * activity record and the countries page, in English and Arabic:
 *   (a) a bare node:http server sending the very bytes and headers the portal sent
 *       (bench/bare-bytes-server.ts): the ceiling of any Node server here;
 *   (b) the portal answering an anonymous visitor (scripts/server.mjs, page served from its cache);
 *   (c) the portal rendering the page for a signed-in user (never cached);
 * and the API floor: GET /api/health through Next.js against the same one-row query behind
 * the bare server. Concurrency 8, keep-alive, `accept-encoding: br, gzip`, as a browser.
 * Prints req/s, p50, p95 and the ratios to (a), and checks the targets of docs/PERFORMANCE.md.
 *
 * The portal runs from the production build in .next (built here when sources changed), on a
 * benchmark PostgreSQL in .data/bench-pages-postgres seeded with the demo data.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { encodeSession } from "../src/lib/auth/session";
import { migrate, seed } from "../scripts/lib/database";
import { startEmbeddedDb } from "../scripts/lib/embedded-db";
import { buildIsCurrent, recordBuild } from "../scripts/lib/build-stamp";
import { ROOT } from "../scripts/lib/root";
import { exited, nextBin, run } from "../scripts/lib/run";
import { load, type LoadResult } from "./lib/load";

const { values } = parseArgs({ options: { requests: { type: "string", default: "2000" }, "rendered-requests": { type: "string", default: "400" } } });
const REQUESTS = Number(values.requests);
const RENDERED = Number(values["rendered-requests"]);
const PORT = 3212;
const BARE_PORT = 3213;
const SECRET = "bench-pages-secret-0123456789abcdef0123";
const ACCEPT = { "accept-encoding": "br, gzip" };

const db = await startEmbeddedDb({ dataDir: path.join(ROOT, ".data", "bench-pages-postgres"), port: 54410, database: "bench" });
const children: ChildProcess[] = [];
async function stop() {
  for (const c of children) {
    if (c.exitCode !== null || c.signalCode !== null) continue;
    c.kill("SIGTERM");
    await exited(c);
  }
  await db.stop();
}
process.on("SIGINT", () => void stop().then(() => process.exit(130)));

async function waitFor(url: string, what: string) {
  for (let i = 0; i < 150; i++) {
    if (await fetch(url).then((r) => r.ok).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not start`);
}

try {
  await migrate(db.url);
  await seed(db.url, { demo: true });
  if (!(await buildIsCurrent(ROOT))) {
    console.log("Building the app (sources changed since the last build)…");
    await run(process.execPath, [nextBin(ROOT), "build"], { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: ".next" } });
    await recordBuild(ROOT);
  }

  const portal = spawn(process.execPath, [path.join(ROOT, "scripts", "server.mjs")], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", PORT: String(PORT), DATABASE_URL: db.url, NEXTAUTH_SECRET: SECRET, PUBLIC_URL: `http://localhost:${PORT}`, NEXTAUTH_URL: `http://localhost:${PORT}`, LOG_LEVEL: "warn", DEMO_MODE: "true", NEXT_DIST_DIR: ".next" },
  });
  children.push(portal);
  await waitFor(`http://127.0.0.1:${PORT}/api/health`, "the portal");

  // A signed-in member: a real account of the demo data and a session cookie as the portal signs it.
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const member = (await pool.query<{ id: string; session_version: number }>("SELECT id, session_version FROM app_user WHERE email = 'member@demo.test'")).rows[0];
  const activityId = (await pool.query<{ id: string }>("SELECT id::text FROM activity ORDER BY id LIMIT 1")).rows[0]?.id;
  await pool.end();
  if (!member || !activityId) throw new Error("the demo data has no member@demo.test or no activity");
  const now = Math.floor(Date.now() / 1000);
  process.env.NEXTAUTH_SECRET = SECRET;
  const session = await encodeSession({ userId: member.id, sessionVersion: member.session_version, authTime: now });

  const pages = ["", "/activities", `/activities/${activityId}`, "/countries"].flatMap((p) => ["en", "ar"].map((lng) => ({ lng, path: `/${lng}${p}`, name: `${p || "/"} (${lng})` })));
  const anonymous = (lng: string) => ({ ...ACCEPT, cookie: `portal_lng=${lng}` });
  const signedIn = (lng: string) => ({ ...ACCEPT, cookie: `portal_lng=${lng}; next-auth.session-token=${session}` });

  // What the portal sends an anonymous visitor, recorded for the bare server.
  const recorded: Record<string, { status: number; headers: Record<string, string>; body: string }> = {};
  for (const p of pages) {
    await fetch(`http://127.0.0.1:${PORT}${p.path}`, { headers: anonymous(p.lng) }).then((r) => r.arrayBuffer());
    const raw = await new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
      import("node:http").then(({ default: http }) =>
        http
          .get(`http://127.0.0.1:${PORT}${p.path}`, { headers: anonymous(p.lng) }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => {
              const headers: Record<string, string> = {};
              for (const [k, v] of Object.entries(res.headers)) if (v !== undefined && !["date", "connection", "keep-alive", "content-length", "transfer-encoding"].includes(k)) headers[k] = Array.isArray(v) ? v.join(", ") : v;
              resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
            });
          })
          .on("error", reject),
      );
    });
    if (raw.status !== 200 || raw.headers["x-portal-cache"] !== "hit") throw new Error(`${p.path}: expected a cached 200, got ${raw.status} (${raw.headers["x-portal-cache"] ?? "no cache header"})`);
    recorded[p.path] = { status: raw.status, headers: raw.headers, body: raw.body.toString("base64") };
  }
  const file = path.join(ROOT, ".data", "bench-pages-recorded.json");
  writeFileSync(file, JSON.stringify(recorded));
  const bare = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "bare-bytes-server.ts"), file, db.url, String(BARE_PORT)], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  children.push(bare);
  await waitFor(`http://127.0.0.1:${BARE_PORT}/health`, "the bare server");

  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–").padStart(7);
  const row = (r: LoadResult) => `${f(r.rps)} ${f(r.p50)} ${f(r.p95)}`;
  const okAll = (r: LoadResult) => Object.keys(r.statuses).every((s) => s === "200" || s === "304");
  // A probe (load balancer, monitoring) asks for no compression; /api/health answers 25 bytes uncompressed anyway.
  console.log(`\nconcurrency 8, ${REQUESTS} requests per cached/bare row, ${RENDERED} per rendered row; req/s, p50 ms, p95 ms\n`);
  console.log(`${"page".padEnd(28)} | (a) bare: req/s    p50    p95 | (b) cached: req/s    p50    p95 | b/a  | (c) signed in: req/s    p50    p95 | c/a   | cached ≥ 0.25 a | signed-in p95 < 100`);
  const failures: string[] = [];
  for (const p of pages) {
    const a = await load({ url: `http://127.0.0.1:${BARE_PORT}${p.path}`, requests: REQUESTS, headers: anonymous(p.lng) });
    const b = await load({ url: `http://127.0.0.1:${PORT}${p.path}`, requests: REQUESTS, headers: anonymous(p.lng) });
    const c = await load({ url: `http://127.0.0.1:${PORT}${p.path}`, requests: RENDERED, headers: signedIn(p.lng), warmup: 20 });
    for (const [label, r] of [["bare", a], ["cached", b], ["signed in", c]] as const) if (!okAll(r)) failures.push(`${p.name} ${label}: statuses ${JSON.stringify(r.statuses)}`);
    const cachedOk = b.rps >= 0.25 * a.rps;
    const renderedOk = c.p95 < 100;
    if (!cachedOk) failures.push(`${p.name}: cached ${b.rps.toFixed(0)} req/s < 0.25 × bare ${a.rps.toFixed(0)}`);
    if (!renderedOk) failures.push(`${p.name}: signed-in p95 ${c.p95.toFixed(0)} ms ≥ 100`);
    console.log(
      `${p.name.padEnd(28)} |         ${row(a)} |           ${row(b)} | ${(b.rps / a.rps).toFixed(2)} |              ${row(c)} | ${(c.rps / a.rps).toFixed(3)} | ${(cachedOk ? "met" : "MISSED").padEnd(15)} | ${renderedOk ? "met" : "MISSED"}`,
    );
  }
  // The floor of any rendered page: the layout (header with the user's menu, footer) around the not-found view.
  for (const lng of ["en", "ar"]) {
    const floor = await load({ url: `http://127.0.0.1:${PORT}/${lng}/no-such-page`, requests: RENDERED, headers: signedIn(lng), warmup: 20 });
    console.log(`${`layout only: 404 page (${lng})`.padEnd(28)} |                                 |                                 |      |              ${row(floor)} |       | (floor of a render: signed-in p95 ${floor.p95 < 100 ? "< 100" : "≥ 100"})`);
  }
  const bareHealth = await load({ url: `http://127.0.0.1:${BARE_PORT}/health`, requests: REQUESTS, headers: ACCEPT });
  const health = await load({ url: `http://127.0.0.1:${PORT}/api/health`, requests: REQUESTS, headers: ACCEPT });
  const healthOk = health.rps >= 0.25 * bareHealth.rps;
  if (!healthOk) failures.push(`/api/health ${health.rps.toFixed(0)} req/s < 0.25 × bare ${bareHealth.rps.toFixed(0)}`);
  console.log(`\nAPI floor: bare one-row server ${row(bareHealth)} | /api/health through Next.js ${row(health)} | ratio ${(health.rps / bareHealth.rps).toFixed(2)} (target ≥ 0.25: ${healthOk ? "met" : "MISSED"})`);
  console.log(failures.length ? `\nTargets missed:\n  ${failures.join("\n  ")}` : "\nAll targets met.");
  process.exitCode = failures.length ? 1 : 0;
} finally {
  await stop();
}
