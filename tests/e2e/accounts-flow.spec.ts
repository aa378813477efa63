import { expect, test, type Browser, type Page } from "@playwright/test";
import { clientHeaders, signedInContext } from "./support/accounts";

const PASSWORD = "Nairobi-basalt-lantern-31";

/** As the admin, opens the newest email to `to` in the outbox and returns the link it carries. */
async function linkFromOutbox(browser: Browser, to: string, path: string): Promise<string> {
  const admin = await signedInContext(browser, "admin@demo.test");
  const page = await admin.newPage();
  await page.goto(`/en/admin/outbox?to=${encodeURIComponent(to)}`);
  await page.locator("details summary").first().click();
  const href = await page.locator(`details a[href*="${path}"]`).first().getAttribute("href");
  await admin.close();
  expect(href).toBeTruthy();
  return new URL(href!).pathname + new URL(href!).search;
}

async function register(page: Page, lng: string, email: string) {
  await page.goto(`/${lng}/register`);
  await page.locator('input[name="name"]').fill(lng === "ar" ? "أمينة ديالو" : "Amina Diallo");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('input[name="organisation.name"]').fill("Office africain de la propriété intellectuelle");
  await page.locator('select[name="organisation.type"]').selectOption("igo");
  await page.locator('select[name="organisation.country"]').selectOption("SN");
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole("status")).toBeVisible();
}

for (const { lng, other, dir, otherName } of [
  { lng: "en", other: "ar", dir: "rtl", otherName: "العربية" },
  { lng: "ar", other: "en", dir: "ltr", otherName: "English" },
]) {
  test(`register, verify from the outbox, sign in, change language, sign out (${lng})`, async ({ browser }) => {
    const email = `flow.${lng}.${Date.now()}@example.org`;
    const context = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
    const page = await context.newPage();
    await register(page, lng, email);

    const link = await linkFromOutbox(browser, email, "/verify-email");
    expect(link).toContain(`/${lng}/verify-email?token=`);
    await page.goto(link);
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByRole("status")).toBeVisible();

    await page.goto(`/${lng}/sign-in`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(`**/${lng}/account`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(email).first()).toBeVisible();

    await page.locator("header details summary").click();
    await page.getByRole("link", { name: otherName }).click();
    await page.waitForURL(`**/${other}/account`);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);

    await page.locator('header form button[type="submit"]').click();
    await page.waitForURL(new RegExp(`/${other}$`));
    await expect(page.locator(`header a[href="/${other}/sign-in"]`)).toBeVisible();
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session).toEqual({});
    await context.close();
  });
}

test("a wrong password is refused with a message, and no session starts", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  const page = await context.newPage();
  await page.goto("/en/sign-in");
  await page.locator('input[name="email"]').fill("member@demo.test");
  await page.locator('input[name="password"]').fill("not-the-password-at-all");
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator("form [role=alert]")).toHaveText("The email address or the password is not correct.");
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  await context.close();
});

test("the session endpoint shows id, name, email, roles and focal-point country", async ({ browser }) => {
  const context = await signedInContext(browser, "focal.eg@demo.test", "ar");
  const session = await (await context.request.get("/api/auth/session")).json();
  expect(session.user).toMatchObject({ email: "focal.eg@demo.test", roles: ["member", "focal_point"], focalPointCountry: "EG" });
  expect(session.user.id).toMatch(/^[0-9a-f-]{36}$/);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await context.close();
});

test("the admin nominates a focal point, and the nomination takes effect", async ({ browser }) => {
  const admin = await signedInContext(browser, "admin@demo.test");
  const page = await admin.newPage();
  await page.goto("/en/secretariat/focal-points?q=consultant@demo.test");
  const card = page.locator("li", { hasText: "consultant@demo.test" });
  await card.locator("select").selectOption("KE");
  await card.locator('button[type="submit"]').click();
  await expect(card.getByRole("status")).toHaveText("The focal point has been nominated.");
  const list = await (await admin.request.get("/api/v1/countries/KE/focal-points")).json();
  expect(list.items.map((u: { email: string }) => u.email)).toContain("consultant@demo.test");
  const audit = await (await admin.request.get("/api/v1/admin/audit?action=user.focal_point_change")).json();
  expect(audit.items[0]).toMatchObject({ actorEmail: "admin@demo.test", outcome: "success" });
  // The proxy's request id reaches server actions and the audit row.
  expect(audit.items[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
  // Withdraw again, so the demo data stays as it was for other tests.
  await card.locator("select").selectOption("");
  await card.locator('button[type="submit"]').click();
  await expect(card.getByRole("status")).toHaveText("The nomination has been withdrawn.");
  await admin.close();
});

test("deactivating an account ends its session at once; reactivating lets it back in", async ({ browser }) => {
  const admin = await signedInContext(browser, "admin@demo.test");
  const user = await signedInContext(browser, "partner@demo.test");
  expect((await user.request.get("/api/v1/me")).status()).toBe(200);
  const { items } = await (await admin.request.get("/api/v1/admin/users?q=partner@demo.test")).json();
  const id = items[0].id;
  expect((await admin.request.patch(`/api/v1/admin/users/${id}`, { data: { active: false } })).status()).toBe(200);
  expect((await user.request.get("/api/v1/me")).status()).toBe(401);
  expect((await admin.request.patch(`/api/v1/admin/users/${id}`, { data: { active: true } })).status()).toBe(200);
  const audit = await (await admin.request.get("/api/v1/admin/audit?action=user.deactivate")).json();
  expect(audit.items[0]).toMatchObject({ targetId: id, actorEmail: "admin@demo.test" });
  await admin.close();
  await user.close();
});
