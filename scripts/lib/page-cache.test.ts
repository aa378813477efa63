import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createGzip, gunzipSync, brotliDecompressSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { LOCALE_COOKIE as APP_LOCALE_COOKIE, LOCALES as APP_LOCALES } from "../../src/lib/i18n/locales";
import { PAGE_CACHE_REQUEST_HEADER as APP_REQUEST_HEADER, PUBLIC_PAGE_HEADER } from "../../src/lib/public-pages";
import { pageCsp } from "../../src/lib/security-headers";
import {
  CACHEABLE_HEADER,
  LOCALE_COOKIE,
  LOCALES,
  PAGE_CACHE_REQUEST_HEADER,
  cacheKey,
  createPageCache,
  matchesEtag,
  pickEncoding,
  withHashedScripts,
} from "./page-cache.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("constants shared with the app", () => {
  it("match src/lib", () => {
    expect(CACHEABLE_HEADER).toBe(PUBLIC_PAGE_HEADER);
    expect(PAGE_CACHE_REQUEST_HEADER).toBe(APP_REQUEST_HEADER);
    expect(LOCALE_COOKIE).toBe(APP_LOCALE_COOKIE);
    expect(LOCALES).toEqual([...APP_LOCALES]);
  });
});

function fakeRequest(url: string, headers: Record<string, string> = {}, method = "GET") {
  return { url, method, headers } as unknown as http.IncomingMessage;
}

describe("cacheKey", () => {
  it("keys anonymous document requests of a locale's pages by path and query", () => {
    expect(cacheKey(fakeRequest("/en/activities?q=patent"))).toBe("/en/activities?q=patent");
    expect(cacheKey(fakeRequest("/ar", { cookie: "portal_lng=ar" }))).toBe("/ar");
    expect(cacheKey(fakeRequest("/ar", {}, "HEAD"))).toBe("/ar");
  });

  it("never takes a session, a navigation, a server action, an API call, an asset or a write", () => {
    expect(cacheKey(fakeRequest("/en", { cookie: "portal_lng=en; next-auth.session-token=abc" }))).toBeNull();
    expect(cacheKey(fakeRequest("/en", { cookie: "__Secure-next-auth.session-token.0=abc" }))).toBeNull();
    expect(cacheKey(fakeRequest("/en", { rsc: "1" }))).toBeNull();
    expect(cacheKey(fakeRequest("/en?_rsc=1x2y"))).toBeNull();
    expect(cacheKey(fakeRequest("/en", { "next-router-prefetch": "1" }))).toBeNull();
    expect(cacheKey(fakeRequest("/en", { "next-action": "abc" }))).toBeNull();
    expect(cacheKey(fakeRequest("/api/v1/countries"))).toBeNull();
    expect(cacheKey(fakeRequest("/en/logo.svg"))).toBeNull();
    expect(cacheKey(fakeRequest("/xx/page"))).toBeNull();
    expect(cacheKey(fakeRequest("/en", {}, "POST"))).toBeNull();
  });
});

describe("withHashedScripts", () => {
  it("allows exactly the inline scripts by hash, keeps external ones to 'self', drops nonces", () => {
    const csp = pageCsp("N0nce==");
    const html = `<html><head><script src="/_next/static/a.js" nonce="N0nce==" async></script><script nonce="N0nce==">self.__next_f=[]</script></head><body><script type="application/ld+json">{"a":1}</script><script nonce="N0nce==">self.__next_f.push([1,"x"])</script></body></html>`;
    const out = withHashedScripts(html, csp)!;
    expect(out.html).not.toContain("nonce");
    const scriptSrc = out.csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).toBe(`script-src 'self' ${sha("self.__next_f=[]")} ${sha('self.__next_f.push([1,"x"])')}`);
    expect(out.csp).not.toContain("unsafe-inline'; script");
    expect(out.csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(out.csp).toContain("frame-ancestors 'none'");
  });

  it("refuses a page whose nonce appears anywhere else (a copy would carry it)", () => {
    expect(withHashedScripts(`<script nonce="abc">1</script><div data-x="abc"></div>`, pageCsp("abc"))).toBeNull();
  });

  it("hashes a nonce-less page as it is", () => {
    const out = withHashedScripts(`<script>a()</script>`, pageCsp(null))!;
    expect(out.csp).toContain(`script-src 'self' ${sha("a()")}`);
  });
});

describe("pickEncoding and matchesEtag", () => {
  it("prefers brotli, then gzip, honours q=0", () => {
    expect(pickEncoding("gzip, deflate, br")).toBe("br");
    expect(pickEncoding("gzip")).toBe("gzip");
    expect(pickEncoding("br;q=0, gzip")).toBe("gzip");
    expect(pickEncoding(undefined)).toBe("identity");
    expect(pickEncoding("identity")).toBe("identity");
  });

  it("compares weakly, with lists and *", () => {
    expect(matchesEtag('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag("*", 'W/"abc"')).toBe(true);
    expect(matchesEtag('"abd"', 'W/"abc"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"abc"')).toBe(false);
  });
});

/** As Next.js's compression middleware: wraps the response's methods as they are when it starts. */
function wrapWithGzip(res: http.ServerResponse) {
  const gz = createGzip();
  const write = res.write.bind(res) as (chunk: Buffer) => boolean;
  const end = res.end.bind(res) as () => void;
  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof res.writeHead>) {
    res.setHeader("content-encoding", "gzip");
    res.removeHeader("content-length");
    return writeHead.apply(this, args as never);
  } as typeof res.writeHead;
  gz.on("data", (d: Buffer) => write(d));
  gz.on("end", () => end());
  res.write = ((chunk: string | Buffer) => gz.write(chunk)) as typeof res.write;
  res.end = ((chunk?: string | Buffer) => {
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (chunk) gz.write(chunk);
    gz.end();
    return res;
  }) as typeof res.end;
}

type Served = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/**
 * A stand-in for Next.js behind the cache step, as the real one answers: the proxy's headers
 * set with setHeader, then the HTML streamed in several writes. Every render is counted.
 */
function fakeApp(options: { status?: number; cacheable?: boolean; extraCookie?: boolean; gzip?: boolean; body?: (n: number) => string; gate?: Promise<void>; onRender?: () => void } = {}) {
  let renders = 0;
  const seen: http.IncomingHttpHeaders[] = [];
  const render = (req: http.IncomingMessage, res: http.ServerResponse) => {
    renders++;
    seen.push({ ...req.headers });
    if (options.gzip && /gzip/.test(String(req.headers["accept-encoding"] ?? ""))) wrapWithGzip(res);
    // As src/proxy.ts: nonce-less only for a page it marks as public, when the cache asked.
    const withNonce = req.headers[PAGE_CACHE_REQUEST_HEADER] !== "1" || options.cacheable === false;
    const nonce = withNonce ? "bm9uY2U=" : null;
    res.statusCode = options.status ?? 200;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-security-policy", pageCsp(nonce));
    res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
    res.setHeader("vary", "rsc, next-router-state-tree, Accept-Encoding");
    res.setHeader("x-request-id", "from-next");
    const cookies = [`${LOCALE_COOKIE}=en; Path=/; Expires=Thu, 02 Dec 2027 07:00:00 GMT; Max-Age=31536000; SameSite=lax`];
    if (options.extraCookie) cookies.push("other=1; Path=/");
    res.setHeader("set-cookie", cookies);
    if (!withNonce) res.setHeader(CACHEABLE_HEADER, "1");
    const attr = nonce ? ` nonce="${nonce}"` : "";
    const html = options.body?.(renders) ?? `<!DOCTYPE html><html><head><script${attr}>window.n=${renders}</script></head><body>page ${renders}</body></html>`;
    res.write(html.slice(0, 20));
    options.onRender?.();
    // A gated render ends when the test says so, not after a delay a loaded machine may stretch.
    void (options.gate ?? new Promise((r) => setTimeout(r, 5))).then(() => res.end(html.slice(20)));
  };
  return {
    render,
    get renders() {
      return renders;
    },
    seen,
  };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(app: ReturnType<typeof fakeApp>, cacheOptions: Parameters<typeof createPageCache>[0] = {}) {
  const cache = createPageCache(cacheOptions);
  cache.activate();
  const server = http.createServer((req, res) => {
    delete req.headers[PAGE_CACHE_REQUEST_HEADER];
    void cache.handle(req, res, () => app.render(req, res));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    new Promise<Served>((resolve, reject) => {
      http
        .request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject)
        .end();
    });
  return { cache, get };
}

const visitor = { cookie: "portal_lng=en" };

describe("the page cache in front of the app", () => {
  it("renders a public page once, then answers every anonymous visitor from the copy", async () => {
    const app = fakeApp();
    const { get, cache } = await serve(app);
    const first = await get("/en/activities", visitor);
    const second = await get("/en/activities", visitor);
    expect(app.renders).toBe(1);
    expect(first.headers["x-portal-cache"]).toBe("miss");
    expect(second.headers["x-portal-cache"]).toBe("hit");
    expect(second.body.toString()).toBe(first.body.toString());
    expect(second.body.toString()).toContain("page 1");
    // The app was asked for a nonce-less render, and its cacheable mark never reaches a client.
    expect(app.seen[0]![PAGE_CACHE_REQUEST_HEADER]).toBe("1");
    for (const r of [first, second]) {
      expect(r.headers[CACHEABLE_HEADER]).toBeUndefined();
      expect(r.headers["cache-control"]).toBe("public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=30");
      expect(r.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding, Cookie");
      expect(r.headers["content-security-policy"]).toContain(`script-src 'self' ${sha("window.n=1")}`);
      expect(r.headers["set-cookie"]).toBeUndefined();
      expect(r.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
    }
    expect(second.headers["x-request-id"]).not.toBe(first.headers["x-request-id"]);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, stored: 1, entries: 1 });
  });

  it("sends gzip or brotli as the client accepts, and 304 to a client that holds the copy", async () => {
    const app = fakeApp();
    const { get } = await serve(app);
    const plain = await get("/en", visitor);
    const br = await get("/en", { ...visitor, "accept-encoding": "gzip, br" });
    const gz = await get("/en", { ...visitor, "accept-encoding": "gzip" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(plain.body.toString());
    expect(Number(gz.headers["content-length"])).toBe(gz.body.length);
    const notModified = await get("/en", { ...visitor, "if-none-match": plain.headers.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe(plain.headers.etag);
    const head = await get("/en", visitor, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(app.renders).toBe(1);
  });

  it("sets the locale cookie itself for a visitor who lacks it, and keeps such an answer private", async () => {
    const app = fakeApp();
    const { get } = await serve(app);
    await get("/en", visitor);
    const newcomer = await get("/en");
    expect(newcomer.headers["x-portal-cache"]).toBe("hit");
    expect(newcomer.headers["set-cookie"]).toEqual(["portal_lng=en; Path=/; Max-Age=31536000; SameSite=Lax"]);
    expect(newcomer.headers["cache-control"]).toBe("private, no-cache");
  });

  it("never answers a signed-in request from the copy, nor keeps its answer", async () => {
    const app = fakeApp();
    const { get } = await serve(app);
    await get("/en", visitor);
    const member = await get("/en", { cookie: "portal_lng=en; next-auth.session-token=abc" });
    expect(app.renders).toBe(2);
    expect(member.headers["x-portal-cache"]).toBeUndefined();
    expect(member.headers["cache-control"]).toContain("private");
    expect(app.seen[1]![PAGE_CACHE_REQUEST_HEADER]).toBeUndefined();
  });

  it("drops every copy when public data changes, and does not keep a render that began before", async () => {
    const app = fakeApp();
    const { get, cache } = await serve(app);
    await get("/en", visitor);
    cache.invalidate();
    const after = await get("/en", visitor);
    expect(after.headers["x-portal-cache"]).toBe("miss");
    expect(after.body.toString()).toContain("page 2");

    // A change reported while a render is under way: that render is sent, not kept.
    let release!: () => void;
    let begun!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const started = new Promise<void>((r) => (begun = r));
    const slow = fakeApp({ body: (n) => `<html><body>slow ${n}</body></html>`, gate, onRender: () => begun() });
    const s = await serve(slow);
    const pending = s.get("/fr", { cookie: "portal_lng=fr" });
    await started;
    s.cache.invalidate();
    release();
    expect((await pending).body.toString()).toContain("slow 1");
    expect((await s.get("/fr", { cookie: "portal_lng=fr" })).headers["x-portal-cache"]).toBe("miss");
  });

  it("stands aside while it cannot hear about changes", async () => {
    const app = fakeApp();
    const { get, cache } = await serve(app);
    cache.deactivate();
    await get("/en", visitor);
    await get("/en", visitor);
    expect(app.renders).toBe(2);
    expect(app.seen[0]![PAGE_CACHE_REQUEST_HEADER]).toBeUndefined();
  });

  it("sends, but does not keep, a 404, a page that sets another cookie, or one the app did not mark", async () => {
    for (const options of [{ status: 404 }, { extraCookie: true }]) {
      const app = fakeApp(options);
      const { get } = await serve(app);
      const a = await get("/en/x", visitor);
      const b = await get("/en/x", visitor);
      expect(app.renders).toBe(2);
      expect(a.headers["x-portal-cache"]).toBe("bypass");
      expect(b.status).toBe(options.status ?? 200);
      // Rendered without a nonce, so its scripts run by their hashes.
      expect(a.headers["content-security-policy"]).toContain(sha("window.n=1"));
      expect(a.headers[CACHEABLE_HEADER]).toBeUndefined();
    }
    const unmarked = fakeApp({ cacheable: false });
    const { get } = await serve(unmarked);
    const r = await get("/en/sign-in", visitor);
    await get("/en/sign-in", visitor);
    expect(unmarked.renders).toBe(2);
    expect(r.headers["content-security-policy"]).toContain("'nonce-");
    expect(r.headers["cache-control"]).toContain("private");
  });

  it("renders once for visitors who arrive together", async () => {
    const app = fakeApp();
    const { get } = await serve(app);
    const answers = await Promise.all(Array.from({ length: 6 }, () => get("/en/countries", visitor)));
    expect(app.renders).toBe(1);
    expect(new Set(answers.map((a) => a.body.toString())).size).toBe(1);
  });

  it("forgets a copy after its maximum age, and the least recently used beyond its size", async () => {
    let now = 1_000_000;
    const app = fakeApp();
    const { get } = await serve(app, { maxAgeSeconds: 60, maxEntries: 2, now: () => now });
    await get("/en/a", visitor);
    now += 61_000;
    expect((await get("/en/a", visitor)).headers["x-portal-cache"]).toBe("miss");
    await get("/en/b", visitor);
    await get("/en/a", visitor);
    await get("/en/c", visitor);
    expect((await get("/en/a", visitor)).headers["x-portal-cache"]).toBe("hit");
    expect((await get("/en/b", visitor)).headers["x-portal-cache"]).toBe("miss");
  });
});

describe("behind Next.js's own compression", () => {
  it("keeps a public page it was sent gzipped, and passes any other page through intact", async () => {
    const app = fakeApp({ gzip: true });
    const { get } = await serve(app);
    const first = await get("/en", { ...visitor, "accept-encoding": "gzip" });
    expect(first.headers["x-portal-cache"]).toBe("miss");
    expect(gunzipSync(first.body).toString()).toContain("page 1");
    const hit = await get("/en", visitor);
    expect(hit.body.toString()).toContain("page 1");

    const other = fakeApp({ gzip: true, cacheable: false });
    const o = await serve(other);
    const r = await o.get("/en/sign-in", { ...visitor, "accept-encoding": "gzip" });
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(r.body).toString()).toContain("page 1");
  });
});
