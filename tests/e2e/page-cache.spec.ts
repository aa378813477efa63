import { createHash } from "node:crypto";
import { expect, request as newRequest, test, type Page } from "@playwright/test";
import { clientHeaders, signInByApi, signedInContext } from "./support/accounts";

/**
 * The anonymous page cache (scripts/lib/page-cache.mjs, docs/PERFORMANCE.md) as a visitor,
 * a signed-in user and a browser meet it.
 */

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Loads the page the way a visitor's browser does (locale cookie set) until it comes from the copy. */
async function cachedAnswer(request: import("@playwright/test").APIRequestContext, path: string, lng: string) {
  for (let i = 0; i < 5; i++) {
    const res = await request.get(path, { headers: { cookie: `portal_lng=${lng}` } });
    if (res.headers()["x-portal-cache"] === "hit") return res;
  }
  throw new Error(`${path} never came from the page cache`);
}

test("an anonymous public page is cacheable, validated by its ETag, and allowed to run only its own scripts", async ({ request }) => {
  for (const [path, lng] of [["/en", "en"], ["/ar/activities", "ar"], ["/fr/countries", "fr"]] as const) {
    const res = await cachedAnswer(request, path, lng);
    const h = res.headers();
    expect(res.status()).toBe(200);
    expect(h["cache-control"]).toBe("public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=30");
    expect((h.vary ?? "").split(/,\s*/)).toEqual(expect.arrayContaining(["Cookie", "Accept-Encoding", "rsc"]));
    expect(h.etag).toMatch(/^W\/"/);
    const csp = h["content-security-policy"]!;
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("nonce-");
    // Every inline script of the page, and nothing else, is allowed by its hash.
    const html = await res.text();
    expect(html).not.toContain("nonce=");
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter(Boolean);
    expect(inline.length).toBeGreaterThan(0);
    for (const text of inline) expect(scriptSrc).toContain(sha(text));
    expect(scriptSrc.match(/'sha256-/g)!.length).toBe(new Set(inline).size);

    const again = await request.get(path, { headers: { cookie: `portal_lng=${lng}`, "if-none-match": h.etag! } });
    expect(again.status()).toBe(304);
    expect(again.headers().etag).toBe(h.etag);
  }
});

test("a signed-in user is never given the cached anonymous page, and their answer is private", async ({ browser, request }) => {
  await cachedAnswer(request, "/en/activities", "en");
  const context = await signedInContext(browser, "partner@demo.test", "en");
  const page = await context.newPage();
  const res = await page.goto("/en/activities");
  const h = res!.headers();
  expect(h["x-portal-cache"]).toBeUndefined();
  expect(h["cache-control"]).toContain("private");
  expect(h["cache-control"]).toContain("no-store");
  expect((h.vary ?? "").toLowerCase()).toContain("cookie");
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await expect(page.locator("header")).toContainText("Demo Partner");
  await context.close();

  // And the other way round: the anonymous copy never carries anyone's name.
  const anonymous = await cachedAnswer(request, "/en/activities", "en");
  expect(await anonymous.text()).not.toContain("Demo Partner");
});

test("a new activity shows on the cached public pages as soon as its write has returned", async ({ baseURL, request }) => {
  const title = `Cache freshness workshop ${Date.now()}`;
  const search = `/en/activities?q=${encodeURIComponent(title)}`;
  const before = await cachedAnswer(request, search, "en");
  expect(await before.text()).toContain("No activity matches these criteria.");

  const secretariat = await newRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(secretariat, "secretariat@demo.test")).toBe(200);
  const created = await secretariat.post("/api/v1/activities", {
    data: {
      externalRef: `E2E-CACHE-${Date.now()}`,
      title: { en: title },
      type: "national_seminar",
      ipAreas: ["trademarks"],
      organisingUnit: "Division for Asia and the Pacific",
      startDate: "2026-03-10",
      endDate: "2026-03-11",
      venueCountry: "NP",
      beneficiaries: [{ country: "NP", participants: 25 }],
      fundingType: "regular_budget",
      status: "completed",
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  // No waiting: the server has seen the change notification before the write answered.
  const after = await request.get(search, { headers: { cookie: "portal_lng=en" } });
  expect(after.headers()["x-portal-cache"]).toBe("miss");
  expect(await after.text()).toContain(`href="/en/activities/${id}"`);
  const record = await request.get(`/en/activities/${id}`, { headers: { cookie: "portal_lng=en" } });
  expect(await record.text()).toContain(title);

  expect((await secretariat.delete(`/api/v1/activities/${id}`)).status()).toBe(204);
  const gone = await request.get(search, { headers: { cookie: "portal_lng=en" } });
  expect(await gone.text()).toContain("No activity matches these criteria.");
  await secretariat.dispose();
});

async function watchConsole(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

test("every script of a cached page runs: no CSP error, and the page hydrates", async ({ browser, request }) => {
  for (const [path, lng] of [["/en/activities", "en"], ["/ar/countries", "ar"], ["/zh", "zh"]] as const) {
    await cachedAnswer(request, path, lng);
    const context = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
    const page = await context.newPage();
    const problems = await watchConsole(page);
    // The first load sets the locale cookie; the second comes from the copy.
    await page.goto(path);
    const res = await page.goto(path);
    expect(res!.headers()["x-portal-cache"]).toBe("hit");
    await page.waitForLoadState("networkidle");
    // Hydrated: React attached its handlers and the RSC bootstrap ran under the hash policy.
    expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
    expect(await page.evaluate(() => Object.keys(document.querySelector("header")!).some((k) => k.startsWith("__react")))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }
});

test("API reads carry validators: a repeated request is a 304", async ({ request }) => {
  for (const path of ["/api/v1/activities?limit=5", "/api/v1/countries?lng=ar"]) {
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    const etag = first.headers().etag!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers()["cache-control"]).toContain("public");
    const again = await request.get(path, { headers: { "if-none-match": etag } });
    expect(again.status()).toBe(304);
  }
  const list = await (await request.get("/api/v1/activities?limit=1")).json();
  const id = list.items[0].id as string;
  const record = await request.get(`/api/v1/activities/${id}`);
  expect((await request.get(`/api/v1/activities/${id}`, { headers: { "if-none-match": record.headers().etag! } })).status()).toBe(304);
});
