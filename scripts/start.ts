/**
 * `npm start`: the whole portal with one command.
 * Without DATABASE_URL an embedded PostgreSQL 17 starts (data in .data/postgres);
 * migrations apply, reference and demo data are seeded on the first run only,
 * the app is built when its sources changed, and it serves on PORT (3000) through
 * scripts/server.mjs (Next.js behind our client-address step). `npm run dev` does the same
 * with Next.js's dev server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { buildIsCurrent, recordBuild } from "./lib/build-stamp";
import { authSecret } from "./lib/auth-secret";
import { isDemoMode, migrate, openDatabase, ROOT, seed } from "./lib/database";
import { demoPassword } from "./lib/seed-plan";
import { DEMO_ACCOUNTS } from "../src/modules/accounts/server/demo-accounts";
import { exited, nextBin, run } from "./lib/run";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const step = (text: string) => console.log(`▸ ${text} (${elapsed()})`);

step(process.env.DATABASE_URL ? "Using the database at DATABASE_URL" : "Starting the embedded PostgreSQL (.data/postgres)");
const db = await openDatabase();
const demo = isDemoMode(db.embedded);
const running: { server?: ChildProcess } = {};
let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    const server = running.server;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await exited(server);
    }
    await db.stop();
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  step("Applying migrations");
  await migrate(db.url);
  const ran = await seed(db.url, { demo });
  step(ran.length ? `Seeded ${ran.join(", ")}` : "Data already seeded");
  if (!dev && !(await buildIsCurrent(ROOT))) {
    step("Building the app (first start or changed sources; about a minute on 2 cores)");
    await run(process.execPath, [nextBin(ROOT), "build"], { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    await recordBuild(ROOT);
  }
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${port}`;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXTAUTH_SECRET: await authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? publicUrl,
  PUBLIC_URL: publicUrl,
  DATABASE_URL: db.url,
  PORT: port,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: dev ? "development" : "production",
  // The app reads it too: in demo mode http://127.0.0.1:PORT works as well as localhost (src/lib/allowed-origins.ts).
  DEMO_MODE: demo ? "true" : "false",
};
const serverArgs = [path.join(ROOT, "scripts", "server.mjs"), ...(dev ? ["--dev"] : [])];
const child = spawn(process.execPath, serverArgs, {
  cwd: ROOT,
  env,
  stdio: ["ignore", "pipe", "inherit"],
});
running.server = child;
child.stdout?.on("data", (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  if (/Ready in|✓ Ready/.test(text)) {
    console.log(`\n  South-South IP Cooperation Portal is running (${elapsed()} after start):`);
    console.log(`  → http://localhost:${port}/`);
    if (db.embedded) console.log("  Database: embedded PostgreSQL 17, data in .data/postgres");
    if (demo) {
      console.log(`  Demo accounts (password: ${demoPassword()}, set DEMO_PASSWORD to change it):`);
      for (const a of DEMO_ACCOUNTS) console.log(`    ${a.email.padEnd(24)} ${a.roles.filter((r) => r !== "member").join(", ") || "member"}${a.focalPointCountry ? ` (${a.focalPointCountry})` : ""}`);
    }
    if (!process.env.SMTP_URL) console.log("  Emails: no SMTP_URL, so they wait in the outbox (admin → Outbox).");
    console.log("  Stop with Ctrl-C.\n");
  }
});
const code = await exited(child);
if (!stopping) await shutdown(code);
