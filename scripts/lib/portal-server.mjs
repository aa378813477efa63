// @ts-check
/**
 * What our production server (scripts/server.mjs) does to every request before Next.js
 * sees it; the one place that still knows the TCP peer of a request.
 * - sets CLIENT_IP_HEADER to the client's address (the socket's peer and TRUSTED_PROXIES
 *   hops of X-Forwarded-For), after deleting any copy the client sent;
 * - with TRUSTED_PROXIES=0 deletes the forwarding headers a client may have written
 *   (Next.js then fills them from the socket, as `next start` does for a direct client);
 * - answers 413 to a body whose Content-Length is above the limit, where Next.js's proxy
 *   would cut it short silently.
 *
 * Plain JavaScript so the server starts without a TypeScript loader (docs/ARCHITECTURE.md,
 * "The production server"); types in portal-server.d.mts. The constants mirror the app's
 * and scripts/lib/portal-server.test.ts keeps them equal.
 */

import { isIP } from "node:net";
import { PAGE_CACHE_REQUEST_HEADER } from "./page-cache.mjs";

/** = CLIENT_IP_HEADER of src/lib/request-meta.ts */
export const CLIENT_IP_HEADER = "x-portal-client-ip";
/** = MAX_IMPORT_BYTES of src/lib/upload-limits.ts */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** = MAX_REQUEST_BODY_BYTES of src/lib/upload-limits.ts (import limit + multipart room) */
export const MAX_REQUEST_BODY_BYTES = MAX_IMPORT_BYTES + 1024 * 1024;
/** = API_CSP of src/lib/security-headers.ts */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Headers only a proxy may write: believed only when TRUSTED_PROXIES says one is there. */
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/**
 * An address as servers and proxies write it ("::ffff:1.2.3.4", "1.2.3.4:5678",
 * "[::1]:80") as a bare IP; anything else is null.
 * @param {string | null | undefined} value
 * @returns {string | null}
 */
export function normalizeIp(value) {
  let v = (value ?? "").trim();
  if (!v) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v);
  if (bracketed) v = /** @type {string} */ (bracketed[1]);
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(v)) v = v.slice(7);
  return isIP(v) ? v.toLowerCase() : null;
}

/**
 * The client's address from what the server saw: the socket's peer and, when
 * `trustedProxies` reverse proxies stand in front of the app, the X-Forwarded-For hops
 * they appended. Each trusted proxy appends the address of whoever connected to it, so in
 * the chain "hops…, peer" the client is `trustedProxies` places left of the peer; whatever
 * stands further left was written by the client and is ignored. 0 trusts no header.
 * A malformed entry falls back to the nearest one on the trusted side.
 * @param {string | undefined} remoteAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {number} trustedProxies
 * @returns {string | null}
 */
export function clientAddress(remoteAddress, forwardedFor, trustedProxies) {
  const peer = normalizeIp(remoteAddress);
  if (trustedProxies <= 0) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header.split(",").map((h) => h.trim()).filter(Boolean);
  const chain = [...hops.map(normalizeIp), peer];
  // Fewer hops than trusted proxies: the leftmost one is still a trusted proxy's word.
  for (let i = Math.max(0, chain.length - 1 - trustedProxies); i < chain.length; i++) {
    const ip = chain[i];
    if (ip) return ip;
  }
  return null;
}

/**
 * TRUSTED_PROXIES as src/lib/env.ts validates it (the same rule and messages; the test
 * compares them): a whole number of hops from 0 to 10, 0 when unset.
 * @param {string | undefined} raw
 * @returns {number}
 */
export function parseTrustedProxies(raw) {
  const n = Number(raw ?? 0);
  if (!Number.isInteger(n)) throw new Error("TRUSTED_PROXIES must be a whole number of proxy hops (0 = none)");
  if (n < 0) throw new Error("TRUSTED_PROXIES must be 0 or more");
  if (n > 10) throw new Error("TRUSTED_PROXIES above 10 is surely a mistake");
  return n;
}

/**
 * Sets the client address header; a client's own copy never survives.
 * @param {import("node:http").IncomingMessage} req
 * @param {number} trustedProxies
 */
export function markClientAddress(req, trustedProxies) {
  delete req.headers[CLIENT_IP_HEADER];
  const ip = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
  if (trustedProxies === 0) for (const name of FORWARDING_HEADERS) delete req.headers[name];
  if (ip) req.headers[CLIENT_IP_HEADER] = ip;
  return ip;
}

/**
 * A declared body above the limit (a chunked body has no Content-Length: see docs/SECURITY.md).
 * @param {import("node:http").IncomingMessage} req
 * @param {number} maxBodyBytes
 */
export function declaresTooLargeBody(req, maxBodyBytes) {
  const length = Number(req.headers["content-length"]);
  return Number.isFinite(length) && length > maxBodyBytes;
}

/** @param {number} bytes */
const mib = (bytes) => `${Math.round((bytes / 1048576) * 10) / 10} MiB`;

/**
 * The 413 answer: an RFC 9457 problem like the API's other errors.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {number} maxBodyBytes
 */
export function sendTooLarge(req, res, maxBodyBytes) {
  const body = JSON.stringify({
    type: "https://ss-ip-portal.example/problems/payload-too-large",
    title: "Payload too large",
    status: 413,
    detail: `The request body is larger than ${mib(maxBodyBytes)}; an import file may have up to ${mib(MAX_IMPORT_BYTES)}.`,
    instance: (req.url ?? "/").split("?")[0],
  });
  res.writeHead(413, {
    "content-type": "application/problem+json",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "content-security-policy": API_CSP,
    "x-content-type-options": "nosniff",
    connection: "close",
  });
  res.end(body);
}

/** Most of a refused body we read (and drop) so the client sees the 413, not a reset connection. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Answers 413 once the client has sent the body (dropped as it comes, never held), so
 * ordinary HTTP clients read the answer rather than a broken pipe; a client still sending
 * after DRAIN_LIMIT_BYTES is answered and cut off.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {number} maxBodyBytes
 */
function refuseTooLarge(req, res, maxBodyBytes) {
  let drained = 0;
  let answered = false;
  const answer = () => {
    if (answered) return;
    answered = true;
    sendTooLarge(req, res, maxBodyBytes);
  };
  req.on("data", (/** @type {Buffer} */ chunk) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES && !answered) {
      res.once("finish", () => req.socket.destroy());
      answer();
    }
  });
  req.on("end", answer);
  req.on("error", () => req.socket.destroy());
}

/**
 * Adds Cookie to the Vary header of a response as its headers go out: pages and API answers
 * differ between a visitor and a signed-in user at the same URL, and Next.js writes its own
 * Vary over the one src/proxy.ts sets. Build assets (content-hashed) are left alone.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function varyOnCookie(req, res) {
  if ((req.url ?? "").startsWith("/_next/static/")) return;
  const writeHead = res.writeHead;
  /** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
    const current = String(res.getHeader("vary") ?? "");
    if (!/(^|,)\s*(cookie|\*)\s*(,|$)/i.test(current)) res.setHeader("vary", current ? `${current}, Cookie` : "Cookie");
    return writeHead.apply(this, /** @type {any} */ (args));
  };
}

/**
 * Next.js's request handler behind the steps above, and the anonymous page cache
 * (scripts/lib/page-cache.mjs) when one is given.
 * @typedef {{ handle: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse, render: () => unknown) => unknown }} PageCacheStep
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handler
 * @param {{ trustedProxies: number, maxBodyBytes: number, pageCache?: PageCacheStep | null }} options
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown}
 */
export function portalRequestHandler(handler, options) {
  return (req, res) => {
    markClientAddress(req, options.trustedProxies);
    if (declaresTooLargeBody(req, options.maxBodyBytes)) return refuseTooLarge(req, res, options.maxBodyBytes);
    varyOnCookie(req, res);
    if (options.pageCache) return options.pageCache.handle(req, res, () => handler(req, res));
    // Only the page cache may ask for a nonce-less render (scripts/lib/page-cache.mjs).
    delete req.headers[PAGE_CACHE_REQUEST_HEADER];
    return handler(req, res);
  };
}

/**
 * For the server's `checkContinue` event (`Expect: 100-continue`, sent by curl for bodies
 * over 1 MB): a body over the limit is refused before the client sends it.
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handler
 * @param {{ trustedProxies: number, maxBodyBytes: number, pageCache?: PageCacheStep | null }} options
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown}
 */
export function portalContinueHandler(handler, options) {
  const wrapped = portalRequestHandler(handler, options);
  return (req, res) => {
    if (declaresTooLargeBody(req, options.maxBodyBytes)) {
      markClientAddress(req, options.trustedProxies);
      return sendTooLarge(req, res, options.maxBodyBytes);
    }
    res.writeContinue();
    return wrapped(req, res);
  };
}
