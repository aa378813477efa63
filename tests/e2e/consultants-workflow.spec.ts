import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { clientHeaders, signedInContext } from "./support/accounts";

/**
 * The roster's workflow in the browser (docs/CONSULTANTS.md, "Workflow"): a freshly registered
 * member fills in and submits a profile, the secretariat approves it; in English, Arabic and
 * Chinese, axe clean on the apply and review pages at desktop and phone width. Each run uses
 * new accounts and a unique name, so runs on the shared database do not depend on order.
 */
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const PASSWORD = "Nairobi-basalt-lantern-31";
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

async function axeClean(page: Page, label: string) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `${label} at ${viewport.width}px`).toEqual([]);
  }
  await page.setViewportSize(VIEWPORTS[0]!);
}

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

/** Registers, verifies (the link from the outbox) and signs in a new member; returns their page. */
async function freshMember(browser: Browser, lng: string, name: string): Promise<Page> {
  const email = `roster.${lng}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.org`;
  const context = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  const page = await context.newPage();
  await page.goto(`/${lng}/register`);
  await page.locator('input[name="name"]').fill(name);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('input[name="organisation.name"]').fill("Ethiopian Intellectual Property Authority");
  await page.locator('select[name="organisation.type"]').selectOption("ip_office");
  await page.locator('select[name="organisation.country"]').selectOption("ET");
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole("status")).toBeVisible();
  await page.goto(await linkFromOutbox(browser, email, "/verify-email"));
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole("status")).toBeVisible();
  await page.goto(`/${lng}/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`**/${lng}/account`);
  return page;
}

for (const { lng, name, bioField, bio } of [
  { lng: "en", name: "Abebe Kebede", bioField: "bio_en", bio: "Patent examiner who trains examiners in East Africa." },
  { lng: "ar", name: "سلمى الحداد", bioField: "bio_ar", bio: "خبيرة في فحص البراءات وتدريب الفاحصين." },
  { lng: "zh", name: "王芳", bioField: "bio_zh", bio: "专利审查员，负责培训审查员。" },
]) {
  test(`a member applies and the secretariat approves (${lng})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const unique = `${name} ${Date.now().toString(36)}`;
    const page = await freshMember(browser, lng, unique);
    await page.goto(`/${lng}/consultants/apply`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await axeClean(page, `/${lng}/consultants/apply`);

    await page.locator('input[name="fullName"]').fill(unique);
    await page.locator('select[name="nationalities"]').selectOption(["ET"]);
    await page.locator('select[name="residenceCountry"]').selectOption("ET");
    await page.locator('input[name="organisation"]').fill("EIPA");
    await page.locator('input[name="ipAreas"][value="patents"]').check();
    await page.locator('input[name="skills"][value="patent_examination"]').check();
    await page.locator('input[name="skills"][value="ip_teaching"]').check();
    await page.locator('input[name="yearsExperience"]').fill("9");
    await page.locator('input[name="languages"]').fill("am:native; en:fluent");
    await page.locator('select[name="availability"]').selectOption("available");
    await page.locator(`textarea[name="${bioField}"]`).fill(bio);
    await page.locator('button[name="intent"][value="submit"]').click();
    await expect(page.locator("form [role=status]")).toBeVisible();
    await page.reload();
    await expect(page.locator("form [role=alert]")).toHaveCount(0);

    const secretariat = await signedInContext(browser, "secretariat@demo.test", lng);
    const review = await secretariat.newPage();
    await review.goto(`/${lng}/consultants/review`);
    await axeClean(review, `/${lng}/consultants/review`);
    await review.getByRole("link", { name: unique }).click();
    await review.waitForURL(`**/${lng}/consultants/review/*`);
    await axeClean(review, `/${lng}/consultants/review/[id]`);
    await review.locator('input[name="decision"][value="approve"]').check();
    await review.locator('form button[type="submit"]').last().click();
    await review.waitForURL(`**/${lng}/consultants/review?done=approved`);
    await expect(review.getByRole("status")).toBeVisible();
    await secretariat.close();

    await page.reload();
    // Approved: the confirmation form appears, and the warning about expertise changes.
    await expect(page.locator('form input[name="version"] ~ button').first()).toBeVisible();
    await page.context().close();
  });
}

test("with JavaScript off, a refused save names the fields and keeps what was typed (nothing is written)", async ({ browser }) => {
  const signedIn = await signedInContext(browser, "member@demo.test");
  const context = await browser.newContext({ extraHTTPHeaders: clientHeaders(), javaScriptEnabled: false, storageState: await signedIn.storageState() });
  await signedIn.close();
  const page = await context.newPage();
  await page.goto("/en/consultants/apply");
  await page.locator('input[name="fullName"]').fill("Kept Without Script");
  await page.locator('input[name="organisation"]').fill("");
  await page.locator('input[name="skills"][value="licensing"]').check();
  await page.locator('button[name="intent"][value="save"]').click();
  const alert = page.locator("form [role=alert]").first();
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Organisation");
  await expect(page.locator('input[name="fullName"]')).toHaveValue("Kept Without Script");
  await expect(page.locator('input[name="skills"][value="licensing"]')).toBeChecked();
  await context.close();
});
