import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("public pages work with JavaScript off", async ({ page }) => {
  await page.goto("/pt");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sul-Sul");
  // The language switcher is a plain disclosure with links.
  await page.locator("summary", { hasText: "Português" }).click();
  await page.getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru$/);
});

test("the countries filter is a plain GET form", async ({ page }) => {
  await page.goto("/en/countries");
  await page.getByLabel("Classification").selectOption("ldc");
  await page.getByLabel("Region").selectOption("142");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=ldc/);
  await expect(page).toHaveURL(/region=142/);
  await expect(page.getByRole("status")).toHaveText("8 countries");
  await expect(page.getByRole("rowheader", { name: "Nepal" })).toBeVisible();
});
