/**
 * What the deployment settings promise, against the real server (scripts/server.mjs, which
 * scripts/e2e-server.ts starts with TRUSTED_PROXIES=1 and DEMO_MODE=true):
 * the client address comes from the trusted hop only; uploads up to the import limit arrive
 * whole, bigger ones get a clear answer; in demo mode http://127.0.0.1 works like localhost.
 */
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { MAX_IMPORT_BYTES, MAX_REQUEST_BODY_BYTES } from "../../src/lib/upload-limits";
import { DEMO_PASSWORD, clientHeaders, signInByApi } from "./support/accounts";

const HEADER = "external_ref,title_fr,type,ip_areas,organising_unit,start_date,end_date,beneficiaries,funding_type,status";
const ROW = "DEPLOY-1,Atelier sur les marques,national_seminar,trademarks,Académie,2025-05-05,2025-05-06,SN:30,regular_budget,party";

/**
 * A CSV of exactly `size` bytes: the header first, one activity in the very last bytes, empty
 * lines (skipped by the reader) between. A report of 1 row proves the whole file arrived.
 */
function csvOfSize(size: number): Buffer {
  const buffer = Buffer.alloc(size, "\n");
  buffer.write(`${HEADER}\n`, 0);
  const tail = Buffer.from(`${ROW}\n`);
  tail.copy(buffer, size - tail.length);
  return buffer;
}

async function secretariat(baseURL: string | undefined): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(ctx, "secretariat@demo.test")).toBe(200);
  return ctx;
}

const upload = (ctx: APIRequestContext, buffer: Buffer) =>
  ctx.post("/api/v1/activities/import?dryRun=true", {
    multipart: { file: { name: "activities.csv", mimeType: "text/csv", buffer } },
    timeout: 60_000,
  });

test.describe("uploads up to the import limit", () => {
  test.setTimeout(90_000);

  test("a file of exactly the limit arrives whole through the API (not cut at Next.js's 10 MB)", async ({ baseURL }) => {
    const ctx = await secretariat(baseURL);
    const res = await upload(ctx, csvOfSize(MAX_IMPORT_BYTES));
    const body = await res.json();
    expect(res.status(), JSON.stringify(body).slice(0, 300)).not.toBe(413);
    expect(JSON.stringify(body)).not.toMatch(/required|too_large|larger than/i);
    expect([200, 422]).toContain(res.status());
    expect(body).toMatchObject({ dryRun: true, rows: 1 });
    await ctx.dispose();
  });

  test("one byte over the limit gets a 400 naming the file and its size, not a silent cut", async ({ baseURL }) => {
    const ctx = await secretariat(baseURL);
    const res = await upload(ctx, csvOfSize(MAX_IMPORT_BYTES + 1));
    expect(res.status()).toBe(400);
    const problem = await res.json();
    expect(problem.invalidParams).toEqual([expect.objectContaining({ name: "file" })]);
    expect(JSON.stringify(problem)).toMatch(/too_large|larger than/i);
    expect(JSON.stringify(problem)).not.toMatch(/required/);
    await ctx.dispose();
  });

  test("a body over the server's limit gets 413, a problem document", async ({ baseURL }) => {
    const ctx = await secretariat(baseURL);
    const res = await upload(ctx, csvOfSize(MAX_REQUEST_BODY_BYTES + 1024 * 1024));
    expect(res.status()).toBe(413);
    expect(res.headers()["content-type"]).toBe("application/problem+json");
    expect((await res.json()).detail).toContain("20 MiB");
    await ctx.dispose();
  });

  test("without JavaScript, the import page's server action takes a file of the limit too (not 1 MB)", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: clientHeaders() });
    const page = await context.newPage();
    await page.goto("/en/sign-in");
    await page.locator('input[name="email"]').fill("secretariat@demo.test");
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL("**/en/account");
    await page.goto("/en/activities/import");
    await page.locator('input[type="file"]').setInputFiles({ name: "activities.csv", mimeType: "text/csv", buffer: csvOfSize(MAX_IMPORT_BYTES) });
    await page.locator('main form button[type="submit"]').click();
    await expect(page.getByText("1 row read")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole("alert").filter({ hasText: /could not be read|Choose a file/ })).toHaveCount(0);
    await context.close();
  });
});

test("the client address is the trusted proxy's hop; a client's own headers are ignored", async ({ baseURL }) => {
  const requestId = `e2e-deploy-${Date.now()}`;
  const ctx = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: {
      // One trusted hop (TRUSTED_PROXIES=1): only the last entry counts.
      "x-forwarded-for": "203.0.113.250, 198.51.100.201",
      // The app's internal header, forged: the server drops it.
      "x-portal-client-ip": "192.0.2.66",
      "x-request-id": requestId,
    },
  });
  expect(await signInByApi(ctx, "member@demo.test")).toBe(200);
  await ctx.dispose();

  const admin = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(admin, "admin@demo.test")).toBe(200);
  const audit = await (await admin.get("/api/v1/admin/audit?action=auth.sign_in&actor=member@demo.test&limit=50")).json();
  const event = audit.items.find((e: { requestId: string | null }) => e.requestId === requestId);
  expect(event, "the sign-in's audit row").toBeDefined();
  expect(event.ip).toBe("198.51.100.201");
  await admin.dispose();
});

test.describe("demo mode: the loopback aliases of PUBLIC_URL", () => {
  test.beforeEach(({ baseURL }) => {
    test.skip(new URL(baseURL!).hostname !== "localhost", "the e2e server's PUBLIC_URL is http://localhost:PORT");
  });

  test("a write from a page opened at 127.0.0.1 passes the origin check; other origins still do not", async ({ baseURL }) => {
    const port = new URL(baseURL!).port;
    const alias = `http://127.0.0.1:${port}`;
    const ctx = await playwrightRequest.newContext({ baseURL: alias, extraHTTPHeaders: clientHeaders() });
    const post = (origin: string, base = alias) =>
      ctx.post(`${base}/api/v1/accounts`, { headers: { origin, "content-type": "application/json" }, data: {} });
    // Past the origin check: the (empty) registration is refused for its content instead.
    expect((await post(alias)).status()).toBe(400);
    expect((await post("https://evil.example")).status()).toBe(403);
    expect((await post("http://127.0.0.1:1")).status()).toBe(403);
    // The alias is accepted only for a request sent to that alias, not as an origin for localhost.
    expect((await post(alias, baseURL)).status()).toBe(403);
    await ctx.dispose();
  });

  test("a newcomer who opens http://127.0.0.1:PORT can sign in", async ({ browser, baseURL }) => {
    const alias = `http://127.0.0.1:${new URL(baseURL!).port}`;
    const context = await browser.newContext({ baseURL: alias, extraHTTPHeaders: clientHeaders() });
    const page = await context.newPage();
    await page.goto("/en/sign-in");
    await page.locator('input[name="email"]').fill("member@demo.test");
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    // The account page needs a session: reaching it (not the sign-in page again) is the proof.
    await page.waitForURL(`${alias}/en/account`);
    await context.close();
  });
});
