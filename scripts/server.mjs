// @ts-check
/**
 * The portal's HTTP server, for `npm start` (production), `npm run dev` (--dev), the e2e
 * server and the Docker image: Next.js's documented custom server (`next({ dev, dir })`
 * and `getRequestHandler()` on node:http) with one step in front of it,
 * scripts/lib/portal-server.mjs. Only here is the TCP peer of a request still known:
 * Next.js keeps a client's own X-Forwarded-For and fills it from the socket only when it
 * is absent. That step sets the client's address (TRUSTED_PROXIES) for the app and
 * refuses bodies over the limit.
 *
 * It also answers anonymous requests for public pages from memory (scripts/lib/page-cache.mjs,
 * docs/PERFORMANCE.md), kept fresh by a LISTEN connection to PostgreSQL.
 *
 *   node scripts/server.mjs [--dev]      PORT (3000), TRUSTED_PROXIES (0), NEXT_DIST_DIR,
 *                                        PAGE_CACHE (on; off in --dev), PAGE_CACHE_MAX_AGE (300 s)
 *
 * Plain JavaScript, run by bare node: a TypeScript loader in front of Next.js doubled the
 * start-up time (docs/ARCHITECTURE.md, "The production server").
 */
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_REQUEST_BODY_BYTES, parseTrustedProxies, portalContinueHandler, portalRequestHandler } from "./lib/portal-server.mjs";
import { createPageCache } from "./lib/page-cache.mjs";
import { listenForPublicChanges } from "./lib/public-content-listener.mjs";

const started = performance.now();
const dev = process.argv.includes("--dev");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.env.NODE_ENV ??= dev ? "development" : "production";
process.title = "portal-server";

/** @param {string} message */
function fail(message) {
  console.error(`✖ Invalid environment:\n  ${message}`);
  process.exit(1);
}

// What the server itself needs; the app validates the rest on first use (src/lib/env.ts).
let trustedProxies = 0;
try {
  trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  fail(`TRUSTED_PROXIES: ${error instanceof Error ? error.message : String(error)}`);
}
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT: not a port number (${process.env.PORT})`);
// Fail at start, not at the first request (next-auth cannot sign a cookie without it).
if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET) fail("NEXTAUTH_SECRET: NEXTAUTH_SECRET is required in production");

// Loaded after NODE_ENV is settled: Next.js reads it while loading.
const { default: next } = await import("next");
const server = http.createServer();
// hostname: the origin Next.js gives requests (req.nextUrl), as with `next start`; the socket listens on every interface.
const app = next({ dev, dir: root, hostname: "localhost", port, httpServer: server });
await app.prepare();
const handle = app.getRequestHandler();

const pageCacheWanted = !dev && process.env.PAGE_CACHE !== "off" && Boolean(process.env.DATABASE_URL);
const maxAgeSeconds = Number(process.env.PAGE_CACHE_MAX_AGE ?? 300);
if (!Number.isFinite(maxAgeSeconds) || maxAgeSeconds < 0) fail(`PAGE_CACHE_MAX_AGE: not a number of seconds (${process.env.PAGE_CACHE_MAX_AGE})`);
const pageCache = pageCacheWanted ? createPageCache({ maxAgeSeconds }) : null;
const listener =
  pageCache && process.env.DATABASE_URL
    ? listenForPublicChanges({
        connectionString: process.env.DATABASE_URL,
        onChange: () => pageCache.invalidate(),
        onUp: () => pageCache.activate(),
        onDown: (error) => {
          pageCache.deactivate();
          console.error(`page cache off until the database listens again: ${error instanceof Error ? error.message : String(error)}`);
        },
      })
    : null;
const options = { trustedProxies, maxBodyBytes: MAX_REQUEST_BODY_BYTES, pageCache };
server.on("request", portalRequestHandler(handle, options));
server.on("checkContinue", portalContinueHandler(handle, options));
// Longer than a reverse proxy's idle keep-alive (nginx: 60 s), so it never reuses a connection we just closed.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

await /** @type {Promise<void>} */ (
  new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  })
);
const trust = trustedProxies ? `${trustedProxies} trusted proxy hop${trustedProxies > 1 ? "s" : ""} of X-Forwarded-For` : "the socket's peer";
console.log(`✓ Ready in ${Math.round(performance.now() - started)} ms on port ${port} (${dev ? "development" : "production"}; client address: ${trust})`);

let closing = false;
async function close() {
  if (closing) return;
  closing = true;
  // Requests in flight may finish; idle keep-alive connections close now; 10 s at most.
  setTimeout(() => process.exit(0), 10_000).unref();
  await new Promise((resolve) => {
    server.close(() => resolve(undefined));
    server.closeIdleConnections();
  });
  await listener?.close();
  await app.close().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", () => void close());
process.on("SIGINT", () => void close());
