import { randomBytes } from "node:crypto";
import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "Cooperation-South-2026";

/**
 * Each simulated client gets its own address (the e2e server trusts one proxy hop,
 * TRUSTED_PROXIES=1, so the last X-Forwarded-For hop is the client's), so per-IP sign-in
 * limits of one test do not spill into another. Random in the IPv6 documentation range: a
 * counter restarts with every spec file, and two files' first clients would share an address.
 */
export function clientHeaders(): Record<string, string> {
  const groups = randomBytes(12).toString("hex").match(/.{4}/g)!;
  return { "x-forwarded-for": `2001:db8:${groups.join(":")}` };
}

/** Signs in through next-auth's standard endpoints: GET /api/auth/csrf, then POST /api/auth/callback/credentials. */
export async function signInByApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<number> {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const res = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true", callbackUrl: "/" },
    maxRedirects: 0,
  });
  return res.status();
}

/** A browser context signed in as a demo account, through the sign-in page. */
export async function signedInContext(browser: Browser, email: string, lng = "en"): Promise<BrowserContext> {
  const context = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  const page = await context.newPage();
  await page.goto(`/${lng}/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`**/${lng}/account`);
  await page.close();
  return context;
}
