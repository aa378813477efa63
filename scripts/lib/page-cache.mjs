// @ts-check
/**
 * The anonymous page cache of the portal's server (scripts/server.mjs).
 *
 * A visitor without a session sees the same HTML for a given path, query and locale, so
 * the first such response of a public page is kept (the body, its gzip and brotli forms,
 * an ETag and a hash-based CSP) and later anonymous requests are answered from memory
 * without entering Next.js. What may be kept is decided by the app: src/proxy.ts marks
 * public pages with CACHEABLE_HEADER, and only a 200 HTML answer that sets no cookie but
 * the locale's is stored. Requests with a session cookie, client-side navigations (RSC
 * payloads) and server actions always go to Next.js.
 *
 * Freshness: every copy is dropped when PostgreSQL reports a committed change to a table
 * public pages show (LISTEN public_content_changed, see scripts/lib/public-content-listener.mjs),
 * and after `maxAgeSeconds` at most (pages that depend on the date, e.g. "upcoming").
 * Without a listening connection the cache stands aside (every request renders).
 *
 * CSP: Next.js puts the request's nonce on its inline scripts. A stored copy has those
 * nonce attributes removed and is sent with the SHA-256 hashes of its inline scripts
 * instead, so a shared cache may keep it too and no nonce is ever reused.
 *
 * Plain JavaScript, like the server it belongs to (types in page-cache.d.mts).
 */
import { createHash, randomUUID } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";

/** Set by src/proxy.ts (= PUBLIC_PAGE_HEADER of src/lib/public-pages.ts) on pages that are the same for every visitor. */
export const CACHEABLE_HEADER = "x-portal-cacheable";
/** = LOCALE_COOKIE of src/lib/i18n/locales.ts */
export const LOCALE_COOKIE = "portal_lng";
/** = LOCALES of src/lib/i18n/locales.ts */
export const LOCALES = ["ar", "zh", "en", "fr", "ru", "es", "pt"];
/**
 * Set by this step (and only by it: a client's copy is deleted) on the anonymous requests it
 * takes: src/proxy.ts (= PAGE_CACHE_REQUEST_HEADER of src/lib/public-pages.ts) then renders a
 * public page without a nonce, for this step sends it with its scripts' hashes instead.
 */
export const PAGE_CACHE_REQUEST_HEADER = "x-portal-page-cache";
/** Says whether a page came from the cache ("hit"), was rendered and stored ("miss"), or neither ("bypass"). */
export const CACHE_STATUS_HEADER = "x-portal-cache";

/** next-auth's session cookie (`next-auth.session-token`, `__Secure-…`, and its chunks `.0`, `.1`). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?next-auth\.session-token(?:\.\d+)?=/;
/** Headers of a client-side navigation, prefetch or server action: their answers are not the page's HTML. */
const NOT_A_DOCUMENT = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
/** Answer headers that belong to one response, not to the page. */
const PER_RESPONSE = new Set(["set-cookie", "date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "x-request-id", "cache-control", "etag", "content-security-policy", CACHEABLE_HEADER]);

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
const gunzip = promisify(zlib.gunzip);
const unbrotli = promisify(zlib.brotliDecompress);

/**
 * @typedef {{
 *   status: number,
 *   headers: Record<string, string>,
 *   identity: Buffer,
 *   gzip: Buffer,
 *   br: Buffer,
 *   etag: string,
 *   csp: string,
 *   storedAt: number,
 *   size: number,
 * }} Entry
 */

/**
 * What the cache reads of a request, taken before Next.js sees it: Next.js rewrites
 * req.url and merges the cookies its proxy sets into req.headers.cookie.
 * @typedef {{ key: string, url: string, method: string, cookie: string | undefined, acceptEncoding: string | string[] | undefined, ifNoneMatch: string | undefined }} Asked
 */

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {string} key
 * @returns {Asked}
 */
function askedBy(req, key) {
  return {
    key,
    url: req.url ?? "/",
    method: req.method ?? "GET",
    cookie: req.headers.cookie,
    acceptEncoding: req.headers["accept-encoding"],
    ifNoneMatch: /** @type {string | undefined} */ (req.headers["if-none-match"]),
  };
}

/**
 * @typedef {{ writeHead(status: number, headers: Record<string, string | string[]>): unknown, end(body?: Buffer): unknown }} Sink
 */

/**
 * The part of a request line the cache keys on, or null when the request may not be
 * answered from the cache.
 * @param {import("node:http").IncomingMessage} req
 * @returns {string | null}
 */
export function cacheKey(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "/";
  const pathname = url.split("?")[0] ?? "/";
  const first = pathname.split("/")[1] ?? "";
  if (!LOCALES.includes(first)) return null;
  if (/\.[a-zA-Z0-9]+$/.test(pathname)) return null;
  if (/[?&]_rsc=/.test(url)) return null;
  for (const name of NOT_A_DOCUMENT) if (req.headers[name] !== undefined) return null;
  if (SESSION_COOKIE.test(req.headers.cookie ?? "")) return null;
  return url;
}

/**
 * The value of one cookie in a Cookie header.
 * @param {string | undefined} header
 * @param {string} name
 */
function cookieValue(header, name) {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The nonce of a page CSP (`script-src … 'nonce-X' …`), if any.
 * @param {string} csp
 */
export function nonceOf(csp) {
  return /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp)?.[1] ?? null;
}

/**
 * The page without its nonce attributes, and the CSP that allows exactly its inline
 * scripts by their SHA-256 hashes (external scripts: 'self', as before). Null when the
 * nonce still appears somewhere after the attributes are gone: then a copy would carry
 * it, and the page is not stored.
 * @param {string} html
 * @param {string} csp the policy the page was rendered with
 * @returns {{ html: string, csp: string } | null}
 */
export function withHashedScripts(html, csp) {
  const nonce = nonceOf(csp);
  let out = html;
  if (nonce) {
    out = out.split(` nonce="${nonce}"`).join("");
    if (out.includes(nonce)) return null;
  }
  const hashes = new Set();
  // React escapes "</script" inside script text, so the first closing tag ends the script.
  for (const m of out.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = m[1] ?? "";
    const text = m[2] ?? "";
    if (/\bsrc\s*=/.test(attributes) || text === "") continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
    if (type && !/^(text\/javascript|module|application\/javascript)$/i.test(type)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  const scriptSrc = ["script-src", "'self'", ...hashes].join(" ");
  const policy = csp
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => (d.startsWith("script-src ") || d === "script-src" ? scriptSrc : d))
    .join("; ");
  return { html: out, csp: policy };
}

/**
 * @param {string | string[] | number | undefined} value
 * @returns {string[]}
 */
function headerList(value) {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [String(value)]).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}

/**
 * @param {Record<string, string>} headers
 * @param {string[]} extra
 */
function varyWith(headers, extra) {
  const names = headerList(headers.vary);
  for (const e of extra) if (!names.some((n) => n.toLowerCase() === e.toLowerCase())) names.push(e);
  return names.join(", ");
}

/**
 * Forgets what Next.js set on a held response: writeHead would merge it with ours. Next.js
 * also wraps the response's setHeader to add its proxy's cookies to any Set-Cookie; the
 * answer built here carries the locale cookie itself, so the plain method comes back.
 * @param {import("node:http").ServerResponse} res
 */
function clearHeaders(res) {
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  if (Object.hasOwn(res, "setHeader")) delete (/** @type {Partial<import("node:http").ServerResponse>} */ (res)).setHeader;
}

/**
 * The encoding to send: brotli, else gzip, else none (quality values of 0 refuse).
 * @param {string | string[] | undefined} acceptEncoding
 * @returns {"br" | "gzip" | "identity"}
 */
export function pickEncoding(acceptEncoding) {
  const offered = new Map();
  for (const part of headerList(acceptEncoding)) {
    const [name, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    offered.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (/** @type {string} */ name) => (offered.get(name) ?? offered.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}

/**
 * Whether If-None-Match names this ETag (weak comparison, as for GET).
 * @param {string | undefined} ifNoneMatch
 * @param {string} etag
 */
export function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const bare = (/** @type {string} */ t) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((t) => bare(t) === bare(etag));
}

/**
 * @param {{
 *   maxAgeSeconds?: number,
 *   maxEntries?: number,
 *   maxBytes?: number,
 *   sharedMaxAgeSeconds?: number,
 *   staleWhileRevalidateSeconds?: number,
 *   maxPageBytes?: number,
 *   now?: () => number,
 * }} [options]
 */
export function createPageCache(options = {}) {
  const maxAgeMs = (options.maxAgeSeconds ?? 300) * 1000;
  const maxEntries = options.maxEntries ?? 1000;
  const maxBytes = options.maxBytes ?? 128 * 1024 * 1024;
  const maxPageBytes = options.maxPageBytes ?? 4 * 1024 * 1024;
  const sharedMaxAge = options.sharedMaxAgeSeconds ?? 10;
  const swr = options.staleWhileRevalidateSeconds ?? 30;
  const now = options.now ?? Date.now;
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  /** @type {Map<string, Promise<Entry | null>>} */
  const inflight = new Map();
  let bytes = 0;
  let active = false;
  // Bumped by every invalidation: a render that began before one is not stored.
  let generation = 0;
  const stats = { hits: 0, misses: 0, stored: 0, notModified: 0, bypassed: 0, invalidations: 0 };

  function drop(/** @type {string} */ key) {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    bytes -= e.size;
  }

  function invalidate() {
    generation++;
    stats.invalidations++;
    entries.clear();
    bytes = 0;
  }

  /** @param {string} key */
  function fresh(key) {
    const e = entries.get(key);
    if (!e) return undefined;
    if (now() - e.storedAt > maxAgeMs) {
      drop(key);
      return undefined;
    }
    // Least recently used goes first: re-insert on use.
    entries.delete(key);
    entries.set(key, e);
    return e;
  }

  /**
   * @param {string} key
   * @param {Entry} entry
   */
  function store(key, entry) {
    drop(key);
    entries.set(key, entry);
    bytes += entry.size;
    stats.stored++;
    for (const [k] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      drop(k);
    }
  }

  /**
   * What a rendered public page becomes: its HTML without nonces, a CSP with the hashes of
   * its inline scripts, and — when it may be kept (200, HTML, no cookie but the locale's) —
   * an entry with its encoded forms.
   * @param {number} status
   * @param {Record<string, string | string[] | number | undefined>} rawHeaders
   * @param {Buffer} body the bytes as sent (possibly gzip or brotli: Next.js's own compression)
   * @returns {Promise<{ entry: Omit<Entry, "storedAt"> | null, html: Buffer, csp: string } | null>}
   */
  async function prepare(status, rawHeaders, body) {
    const encoding = String(rawHeaders["content-encoding"] ?? "identity");
    const plain = encoding === "gzip" ? await gunzip(body) : encoding === "br" ? await unbrotli(body) : encoding === "identity" ? body : null;
    if (!plain) return null;
    const hashed = withHashedScripts(plain.toString("utf8"), String(rawHeaders["content-security-policy"] ?? ""));
    if (!hashed) return null;
    const html = Buffer.from(hashed.html, "utf8");
    // Set-Cookie is never comma-joined (an Expires date has a comma): one value per cookie.
    const setCookie = rawHeaders["set-cookie"];
    const cookies = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [String(setCookie)];
    const keepable = status === 200 && String(rawHeaders["content-type"] ?? "").startsWith("text/html") && cookies.every((c) => c.startsWith(`${LOCALE_COOKIE}=`));
    if (!keepable) return { entry: null, html, csp: hashed.csp };
    /** @type {Record<string, string>} */
    const headers = {};
    for (const [name, value] of Object.entries(rawHeaders)) {
      if (value === undefined || PER_RESPONSE.has(name)) continue;
      headers[name] = Array.isArray(value) ? value.join(", ") : String(value);
    }
    // In the thread pool, once per copy: the event loop keeps serving meanwhile.
    const [gz, br] = await Promise.all([
      gzip(html, { level: 9 }),
      brotli(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: html.length } }),
    ]);
    const etag = `W/"${createHash("sha256").update(html).digest("base64url").slice(0, 27)}"`;
    return { entry: { status, headers, identity: html, gzip: gz, br, etag, csp: hashed.csp, size: html.length + gz.length + br.length + 2048 }, html, csp: hashed.csp };
  }

  /**
   * Answers from an entry: 304 when the client holds it, else the body in the best
   * encoding the client accepts.
   * @param {Asked} req
   * @param {import("node:http").ServerResponse} res
   * @param {Entry} entry
   * @param {"hit" | "miss"} how
   * @param {Sink} [out] how the answer is written (a held response: past Next.js's wrappers)
   */
  function send(req, res, entry, how, out = res) {
    const lng = req.url.split("/")[1]?.split("?")[0] ?? "";
    const needsLocaleCookie = cookieValue(req.cookie, LOCALE_COOKIE) !== lng;
    /** @type {Record<string, string | string[]>} */
    const headers = {
      ...entry.headers,
      vary: varyWith(entry.headers, ["Cookie", "Accept-Encoding"]),
      // A response that sets the visitor's locale cookie is theirs alone.
      "cache-control": needsLocaleCookie ? "private, no-cache" : `public, max-age=0, must-revalidate, s-maxage=${sharedMaxAge}, stale-while-revalidate=${swr}`,
      etag: entry.etag,
      "content-security-policy": entry.csp,
      "x-request-id": randomUUID(),
      age: String(Math.floor((now() - entry.storedAt) / 1000)),
      [CACHE_STATUS_HEADER]: how,
    };
    if (needsLocaleCookie) headers["set-cookie"] = `${LOCALE_COOKIE}=${lng}; Path=/; Max-Age=31536000; SameSite=Lax`;
    clearHeaders(res);
    if (matchesEtag(req.ifNoneMatch, entry.etag)) {
      stats.notModified++;
      for (const name of ["content-type", "content-language"]) delete headers[name];
      out.writeHead(304, headers);
      out.end();
      return;
    }
    const encoding = pickEncoding(req.acceptEncoding);
    const body = encoding === "br" ? entry.br : encoding === "gzip" ? entry.gzip : entry.identity;
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    headers["content-length"] = String(body.length);
    out.writeHead(entry.status, headers);
    out.end(req.method === "HEAD" ? undefined : body);
  }

  /**
   * A rendered public page that may not be kept (a 404, a cookie of its own): sent as
   * Next.js made it, but with the hashes of its inline scripts as its CSP, for it was
   * rendered without a nonce.
   * @param {Asked} req
   * @param {import("node:http").ServerResponse} res
   * @param {number} status
   * @param {Record<string, string | string[] | number | undefined>} rawHeaders
   * @param {Buffer} html
   * @param {string} csp
   * @param {Sink} out
   */
  function sendUnkept(req, res, status, rawHeaders, html, csp, out) {
    /** @type {Record<string, string | string[]>} */
    const headers = {};
    for (const [name, value] of Object.entries(rawHeaders)) {
      if (value === undefined || name === CACHEABLE_HEADER || name === "content-encoding" || name === "content-length" || name === "transfer-encoding") continue;
      headers[name] = Array.isArray(value) ? value.map(String) : String(value);
    }
    headers["content-security-policy"] = csp;
    headers[CACHE_STATUS_HEADER] = "bypass";
    const body = pickEncoding(req.acceptEncoding) === "identity" ? html : zlib.gzipSync(html);
    if (body !== html) headers["content-encoding"] = "gzip";
    headers["content-length"] = String(body.length);
    clearHeaders(res);
    out.writeHead(status, headers);
    out.end(req.method === "HEAD" ? undefined : body);
  }

  /**
   * Lets Next.js answer `req`. When src/proxy.ts marks the answer as a public page (rendered
   * without a nonce, because PAGE_CACHE_REQUEST_HEADER told it this step hashes the scripts),
   * the answer is held until complete, then sent with its hash CSP and kept; any other
   * answer passes through untouched. Resolves with the entry, or null.
   * @param {import("node:http").IncomingMessage} req
   * @param {Asked} asked
   * @param {import("node:http").ServerResponse} res
   * @param {() => unknown} render
   * @returns {Promise<Entry | null>}
   */
  function renderAndKeep(req, asked, res, render) {
    const startedIn = generation;
    req.headers[PAGE_CACHE_REQUEST_HEADER] = "1";
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    /** @type {"undecided" | "hold" | "pass"} */
    let mode = "undecided";
    /** @type {Record<string, string | string[] | number | undefined>} */
    let heldHeaders = {};
    let heldStatus = 200;
    // Next.js's compression wraps whatever methods the response has when it starts, ours
    // included: ours stay in place (passing through once the answer is not ours to hold),
    // and a held answer goes out through the response's own methods, past every wrapper.
    const originalWriteHead = res.writeHead;
    const originalWrite = res.write;
    const originalEnd = res.end;
    const originalFlushHeaders = res.flushHeaders;
    /** @param {unknown} chunk @param {unknown} encoding */
    const hold = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buf = Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8") : Buffer.from(/** @type {Uint8Array} */ (chunk));
      size += buf.length;
      chunks.push(buf);
    };
    /** @param {unknown[]} args */
    const decide = (args) => {
      const [status, maybeHeaders, moreHeaders] = args;
      const given = typeof maybeHeaders === "object" && maybeHeaders !== null ? maybeHeaders : moreHeaders;
      if (given && typeof given === "object" && !Array.isArray(given)) for (const [k, v] of Object.entries(given)) res.setHeader(k, /** @type {any} */ (v));
      if (typeof status === "number") res.statusCode = status;
      mode = res.getHeader(CACHEABLE_HEADER) === "1" ? "hold" : "pass";
      if (mode === "hold") {
        heldHeaders = { ...res.getHeaders() };
        heldStatus = res.statusCode;
      }
    };
    /** @type {Sink} the response's own methods, for sending a held answer */
    const direct = {
      writeHead: (status, headers) => originalWriteHead.call(res, status, headers),
      end: (body) => originalEnd.call(res, body),
    };
    return new Promise((resolve) => {
      /** @type {any} */ (res).writeHead = function (/** @type {unknown[]} */ ...args) {
        if (mode === "pass") return originalWriteHead.apply(this, /** @type {any} */ (args));
        decide(args);
        if (mode === "pass") return originalWriteHead.call(this, res.statusCode, typeof args[1] === "string" ? args[1] : undefined);
        return this;
      };
      res.flushHeaders = function () {
        if (mode === "undecided") /** @type {any} */ (res).writeHead(res.statusCode);
        if (mode === "pass") originalFlushHeaders.call(this);
      };
      /** @type {any} */ (res).write = function (/** @type {any[]} */ ...args) {
        if (mode === "undecided") /** @type {any} */ (res).writeHead(res.statusCode);
        if (mode === "pass") return originalWrite.apply(this, /** @type {any} */ (args));
        hold(args[0], args[1]);
        if (size > maxPageBytes) {
          // Too large to hold: this visitor gets an error rather than a page without a working CSP.
          res.destroy(new Error("page too large for the page cache"));
          resolve(null);
          return false;
        }
        const cb = args.find((a) => typeof a === "function");
        if (cb) process.nextTick(cb);
        return true;
      };
      /** @type {any} */ (res).end = function (/** @type {any[]} */ ...args) {
        if (mode === "undecided") /** @type {any} */ (res).writeHead(res.statusCode);
        if (mode === "pass") {
          resolve(null);
          return originalEnd.apply(this, /** @type {any} */ (args));
        }
        hold(args[0], args[1]);
        const cb = args.find((a) => typeof a === "function");
        prepare(heldStatus, heldHeaders, Buffer.concat(chunks)).then(
          (prepared) => {
            if (!prepared) {
              res.destroy(new Error("a public page could not be prepared for the page cache"));
              return resolve(null);
            }
            if (!prepared.entry) {
              sendUnkept(asked, res, heldStatus, heldHeaders, prepared.html, prepared.csp, direct);
              return resolve(null);
            }
            const entry = { ...prepared.entry, storedAt: now() };
            if (startedIn === generation && active) store(asked.key, entry);
            send(asked, res, entry, "miss", direct);
            resolve(entry);
          },
          (error) => {
            res.destroy(error instanceof Error ? error : new Error(String(error)));
            resolve(null);
          },
        );
        if (cb) res.once("finish", cb);
        return this;
      };
      res.once("close", () => resolve(null));
      Promise.resolve(render()).catch(() => resolve(null));
    });
  }

  /**
   * The request handler's cache step: answers from a copy, waits for a render of the
   * same page already under way, or lets Next.js render and keeps the result.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {() => unknown} render
   */
  async function handle(req, res, render) {
    // Only this step may ask the app for a nonce-less render.
    delete req.headers[PAGE_CACHE_REQUEST_HEADER];
    const key = active ? cacheKey(req) : null;
    if (key === null) {
      stats.bypassed++;
      return render();
    }
    const asked = askedBy(req, key);
    const hit = fresh(key);
    if (hit) {
      stats.hits++;
      return send(asked, res, hit, "hit");
    }
    const pending = inflight.get(key);
    if (pending) {
      const entry = await pending;
      if (entry) {
        stats.hits++;
        return send(asked, res, entry, "hit");
      }
    }
    // A HEAD answer has no body to keep.
    if (asked.method !== "GET") {
      stats.bypassed++;
      return render();
    }
    stats.misses++;
    const kept = renderAndKeep(req, asked, res, render);
    if (!pending) {
      inflight.set(key, kept);
      kept.finally(() => inflight.get(key) === kept && inflight.delete(key));
    }
    await kept;
  }

  return {
    handle,
    invalidate,
    /** Serve from copies (the change listener is connected). */
    activate() {
      invalidate();
      active = true;
    },
    /** Stand aside: changes could be missed (the listener lost its connection). */
    deactivate() {
      active = false;
      invalidate();
    },
    get active() {
      return active;
    },
    get generation() {
      return generation;
    },
    stats() {
      return { ...stats, entries: entries.size, bytes };
    },
  };
}
