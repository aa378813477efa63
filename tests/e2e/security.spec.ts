import { expect, request as playwrightRequest, test } from "@playwright/test";
import { clientHeaders } from "./support/accounts";

// Public pages an anonymous visitor gets from the page cache carry hashes instead (page-cache.spec.ts).
test("pages carry a nonce CSP without unsafe-inline scripts and the other security headers", async ({ request }) => {
  for (const path of ["/ar/sign-in", "/en/register", "/fr/forgot-password"]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    // Every script tag Next.js renders carries the nonce.
    const nonce = /'nonce-([^']+)'/.exec(h["content-security-policy"]!)![1];
    const html = await res.text();
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
});

test("API responses carry security headers too", async ({ request }) => {
  const h = (await request.get("/api/v1/countries")).headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["content-security-policy"]).toContain("default-src 'none'");
});

test("a mutating request from another origin is refused with 403", async ({ request }) => {
  const res = await request.post("/api/v1/accounts", {
    headers: { origin: "https://evil.example", "content-type": "application/json" },
    data: { email: "x@example.org" },
  });
  expect(res.status()).toBe(403);
  expect(res.headers()["content-type"]).toBe("application/problem+json");
  const action = await request.post("/en/sign-in", { headers: { origin: "https://evil.example" }, form: { email: "a" } });
  expect(action.status()).toBe(403);
});

test("the eleventh sign-in attempt in a minute gets 429 with Retry-After", async ({ baseURL }) => {
  const run = Date.now().toString(36);
  const ctx = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) {
    const res = await ctx.post("/api/auth/callback/credentials", {
      // Fresh addresses each run, so only the per-IP limit can trip (not the per-account one).
      form: { email: `nobody${i}.${run}@example.org`, password: "wrong-password-123", csrfToken, json: "true" },
      maxRedirects: 0,
    });
    statuses.push(res.status());
    if (i === 10) {
      expect(res.headers()["retry-after"]).toMatch(/^\d+$/);
      expect(res.headers()["content-type"]).toBe("application/problem+json");
    }
  }
  expect(statuses.slice(0, 10).every((s) => s !== 429), statuses.join(",")).toBe(true);
  expect(statuses[10]).toBe(429);
  await ctx.dispose();
});
