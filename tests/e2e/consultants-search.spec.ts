import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signedInContext } from "./support/accounts";

// The roster's public pages on the demo data (500 generated consultants, seed step demo-consultants).
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const total = async (page: Page) => Number((await page.getByRole("status").innerText()).replace(/[^\d]/g, ""));
const firstResult = (page: Page) => page.locator("ol li h2 a").first();

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  for (const [lng, dir] of [["en", "ltr"], ["ar", "rtl"], ["zh", "ltr"]] as const) {
    test(`search, tick a facet, page on and open a profile (${lng})`, async ({ page }) => {
      await page.goto(`/${lng}/consultants`);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.locator("html")).toHaveAttribute("lang", lng === "zh" ? "zh-Hans" : lng);
      const all = await total(page);
      expect(all).toBeGreaterThan(100);

      await page.locator('input[name="status"][value="ldc"]').check();
      await page.locator("aside button[type=submit]").click();
      await expect(page).toHaveURL(/status=ldc/);
      const ldc = await total(page);
      expect(ldc).toBeGreaterThan(20);
      expect(ldc).toBeLessThan(all);
      await expect(page.locator('input[name="status"][value="ldc"]')).toBeChecked();
      // The state is in the URL: reloading it gives the same result.
      await page.reload();
      expect(await total(page)).toBe(ldc);

      const first = await firstResult(page).getAttribute("href");
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(/cursor=/);
      await expect(page).toHaveURL(/status=ldc/);
      expect(await total(page)).toBe(ldc);
      expect(await firstResult(page).getAttribute("href")).not.toBe(first);

      await firstResult(page).click();
      await expect(page).toHaveURL(new RegExp(`/${lng}/consultants/[0-9a-f-]{36}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.locator("#assignments")).toBeVisible();
    });
  }

  test("text search, order and profiles not confirmed for two years", async ({ page }) => {
    await page.goto("/en/consultants");
    const all = await total(page);
    await page.getByLabel("Include profiles not confirmed for two years").check();
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/includeStale=true/);
    expect(await total(page)).toBeGreaterThan(all);
    await expect(page.getByText(/Not confirmed since/).first()).toBeVisible();

    await page.goto("/en/consultants");
    await page.getByRole("searchbox").fill("patent");
    await page.locator('select[name="sort"]').selectOption("confirmed");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/q=patent/);
    await expect(page).toHaveURL(/sort=confirmed/);
    const found = await total(page);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(all);
  });

  test("a profile id that is not a UUID is a 404", async ({ page }) => {
    const res = await page.goto("/en/consultants/not-a-profile");
    expect(res?.status()).toBe(404);
  });

  test("the statistics page is reachable from the search and shows charts with their numbers (ar)", async ({ page }) => {
    await page.goto("/ar/consultants");
    await page.locator('a[href="/ar/consultants/statistics"]').click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("img")).toHaveCount(5);
    // The tables sit in closed <details>: their rows are in the page all the same.
    await expect(page.locator("details table")).toHaveCount(5);
    await expect(page.locator("section[aria-labelledby=indicator] tbody tr").first()).toBeAttached();
  });
});

test("a signed-in reader from a developing country sees experts from the South first, and can see everyone", async ({ browser }) => {
  // member@demo.test works for a Kenyan organisation.
  const context = await signedInContext(browser, "member@demo.test");
  const page = await context.newPage();
  await page.goto("/en/consultants");
  const note = page.getByRole("note");
  await expect(note).toContainText("Kenya");
  const south = await total(page);
  await expect(page.locator('input[name="status"][value="developing"]')).toBeChecked();
  await note.getByRole("link", { name: "Show all experts" }).click();
  await expect(page).toHaveURL(/all=1/);
  await expect(page.getByRole("note")).toHaveCount(0);
  expect(await total(page)).toBeGreaterThan(south);
  await context.close();
});

test("visitors all see the same search, without the South-first note", async ({ page }) => {
  await page.goto("/en/consultants");
  await expect(page.getByRole("note")).toHaveCount(0);
});

test("contact details are for focal points, never for visitors", async ({ browser, page }) => {
  await page.goto("/en/consultants");
  const href = (await firstResult(page).getAttribute("href"))!;
  await page.goto(href);
  await expect(page.locator("#contact-details")).toHaveCount(0);
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);

  const context = await signedInContext(browser, "focal.eg@demo.test");
  const focal = await context.newPage();
  await focal.goto(href);
  await expect(focal.locator("#contact-details")).toBeVisible();
  await expect(focal.locator('a[href^="mailto:"]')).toHaveCount(1);
  await context.close();
});

for (const { name, viewport } of [
  { name: "desktop", viewport: { width: 1280, height: 720 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const) {
  test.describe(`${name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const lng of ["en", "ar"] as const) {
      test(`the search, a profile and the statistics have no axe violations (${lng})`, async ({ page }) => {
        const check = async () => {
          const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        };
        await page.goto(`/${lng}/consultants`);
        await check();
        // A profile with assignments (the most assigned first).
        await page.goto(`/${lng}/consultants?sort=assignments`);
        await firstResult(page).click();
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await check();
        await page.goto(`/${lng}/consultants/statistics`);
        await check();
      });
    }
  });
}
