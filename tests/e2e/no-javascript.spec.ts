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

test("a 404 is rendered on the server, in the visitor's language", async ({ page }) => {
  for (const [path, title, dir] of [
    ["/ar/nothing-here", "الصفحة غير موجودة", "rtl"],
    ["/fr/a/b/c", "Page introuvable", "ltr"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
  }
});

test("sign-in works with JavaScript off", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.locator('input[name="email"]').fill("partner@demo.test");
  await page.locator('input[name="password"]').fill(process.env.DEMO_PASSWORD || "Cooperation-South-2026");
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account");
});
