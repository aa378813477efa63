/**
 * The server Playwright tests run against: a throwaway database (embedded, or a
 * new database on DATABASE_URL's server), migrated and seeded with demo data,
 * and the production build (`next build` must have run) on E2E_PORT.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { ROOT } from "./lib/root";
import { exited, nextBin } from "./lib/run";
import { createTestDatabase } from "./lib/test-database";

const port = process.env.E2E_PORT ?? "3100";
const db = await createTestDatabase("e2e", { demo: true });
const server = spawn(process.execPath, [nextBin(ROOT), "start", "--port", port], {
  cwd: ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: db.url,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://localhost:${port}`,
    PUBLIC_URL: `http://localhost:${port}`,
  },
});
let closing = false;
async function close(code: number) {
  if (closing) return;
  closing = true;
  if (server.exitCode === null) {
    server.kill("SIGTERM");
    await exited(server);
  }
  await db.drop();
  process.exit(code);
}
process.on("SIGINT", () => void close(0));
process.on("SIGTERM", () => void close(0));
void exited(server).then((code) => close(code));
