import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Every page is checked at desktop and at phone width: a table or chart that fits a desktop
 * scrolls sideways on a phone, and axe finds an unreachable scrolling box
 * (scrollable-region-focusable) only where it actually scrolls.
 */
const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1280, height: 720 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

const PATHS = ["", "/countries", "/consultants", "/api-docs", "/sign-in", "/register", "/activities", "/activities/statistics"];

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`${name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const lng of ["en", "ar"] as const) {
      for (const path of PATHS) {
        test(`/${lng}${path} has no axe violations (WCAG 2.2 AA)`, async ({ page }) => {
          await page.goto(`/${lng}${path}`);
          const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        });
      }
    }
  });
}

test.describe("phone 390×844", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a table too wide for the screen is a named region the keyboard reaches and scrolls", async ({ page }) => {
    await page.goto("/en/countries");
    const region = page.getByRole("region", { name: "Countries", exact: true });
    // It does scroll at this width (otherwise this test proves nothing).
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await region.focus();
    await expect(region).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test("the statistics charts scroll inside regions named after them, in Arabic too", async ({ page }) => {
    await page.goto("/ar/activities/statistics");
    const title = (await page.getByRole("heading", { level: 2 }).first().innerText()).trim();
    // The focusable scrolling boxes (the sections around them are regions too).
    const chart = page.locator('div[role="region"][tabindex="0"]').first();
    await expect(chart).toHaveAttribute("aria-label", title);
    await expect(chart.getByRole("img")).toHaveCount(1);
    expect(await chart.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });
});

test("the skip link is the first stop and moves focus to the main content", async ({ page }) => {
  await page.goto("/ar");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "الانتقال إلى المحتوى الرئيسي" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("landmarks are present", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
});
