/**
 * The server Playwright tests run against: a throwaway database (embedded, or a
 * new database on DATABASE_URL's server), migrated and seeded with demo data,
 * and the production build (`next build` must have run) served by scripts/server.mjs,
 * as in production, on E2E_PORT.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ROOT } from "./lib/root";
import { exited } from "./lib/run";
import { createTestDatabase } from "./lib/test-database";

const port = process.env.E2E_PORT ?? "3100";
const db = await createTestDatabase("e2e", { demo: true });
const server = spawn(process.execPath, [path.join(ROOT, "scripts", "server.mjs")], {
  cwd: ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: db.url,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    PORT: port,
    // The tests stand in for one reverse proxy: each simulated client sends its own
    // X-Forwarded-For (tests/e2e/support/accounts.ts), the socket's peer is 127.0.0.1.
    TRUSTED_PROXIES: "1",
    // Seeded with demo data, like `npm start` on a fresh machine (127.0.0.1 accepted, src/lib/allowed-origins.ts).
    DEMO_MODE: "true",
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
