import { expect, test } from "@playwright/test";
import { axeClean } from "./support/axe";

const LOCALES = [
  { lng: "ar", lang: "ar", dir: "rtl", heading: "التعاون فيما بين بلدان الجنوب" },
  { lng: "zh", lang: "zh-Hans", dir: "ltr", heading: "南南合作" },
  { lng: "en", lang: "en", dir: "ltr", heading: "South-South cooperation in intellectual property" },
  { lng: "fr", lang: "fr", dir: "ltr", heading: "Sud-Sud" },
  { lng: "ru", lang: "ru", dir: "ltr", heading: "Юг-Юг" },
  { lng: "es", lang: "es", dir: "ltr", heading: "Sur-Sur" },
  { lng: "pt", lang: "pt", dir: "ltr", heading: "Sul-Sul" },
];

for (const { lng, lang, dir, heading } of LOCALES) {
  test(`home page in ${lng} has lang=${lang}, dir=${dir} and its own heading`, async ({ page }) => {
    const response = await page.goto(`/${lng}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expect(page.getByRole("navigation").first()).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
  });
}

test("no English is left in the Arabic pages", async ({ page }) => {
  // Acronyms and names that stay in Latin script in every language.
  const allowed = new Set(["IP", "TAD", "ROC", "DMD", "API", "OpenAPI", "ISO", "M49", "CLDR", "UN", "DESA", "OHRLLS", "Unicode"]);
  for (const path of ["/ar", "/ar/consultants", "/ar/countries", "/ar/does-not-exist", "/ar/sign-in", "/ar/register", "/ar/forgot-password"]) {
    await page.goto(path);
    const latin: string[] = await page.evaluate(() => {
      const words: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style, [dir=ltr][lang], [lang]:not([lang=ar])")) continue;
        if (parent.closest(".font-mono")) continue;
        // What people wrote (names, organisations): in the writer's language and script, not the page's.
        if (parent.closest("[dir=auto], [translate=no]")) continue;
        words.push(...(node.textContent ?? "").match(/[A-Za-z][A-Za-z0-9-]+/g) ?? []);
      }
      return words;
    });
    const stray = latin.flatMap((w) => w.split("-")).filter((w) => w && !allowed.has(w));
    expect(stray, `Latin words on ${path}`).toEqual([]);
  }
});

test("/ picks the language from the cookie, then Accept-Language, then English", async ({ browser }) => {
  const arabic = await browser.newContext({ locale: "ar-EG", extraHTTPHeaders: { "accept-language": "ar-EG,ar;q=0.9" } });
  const page = await arabic.newPage();
  await page.goto("/");
  expect(new URL(page.url()).pathname).toBe("/ar");
  await arabic.addCookies([{ name: "portal_lng", value: "ru", url: page.url() }]);
  await page.goto("/countries");
  expect(new URL(page.url()).pathname).toBe("/ru/countries");
  await arabic.close();

  const unknown = await browser.newContext({ extraHTTPHeaders: { "accept-language": "de-DE,ja;q=0.5" } });
  const other = await unknown.newPage();
  await other.goto("/");
  expect(new URL(other.url()).pathname).toBe("/en");
  await unknown.close();
});

test("the language switcher keeps the visitor on the same page and query", async ({ page }) => {
  await page.goto("/fr/countries?status=ldc");
  await page.locator("summary", { hasText: "Français" }).click();
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/countries\?status=ldc$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("status")).toContainText("44");
  // The choice is remembered for the next visit to /.
  await page.goto("/");
  expect(new URL(page.url()).pathname).toBe("/ar");
});

for (const [path, text] of [
  // Haiti, the only LDC of Latin America and the Caribbean: one, in the singular.
  ["/en/countries?status=ldc&region=419", "1 country"],
  ["/es/countries?status=ldc&region=419", "1 país"],
  // Canada and the United States: Arabic has a form of its own for two.
  ["/ar/countries?region=021", "بلدان اثنان"],
  // 44 LDCs: Russian's "few" form; 195 states: its "many" form.
  ["/ru/countries?status=ldc", "44 страны"],
  ["/ru/countries", "195 стран"],
  ["/fr/countries?status=ldc", "44 pays"],
] as const) {
  test(`a count takes the language's plural form: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("status")).toHaveText(text);
  });
}

test("an unknown page is a localized 404", async ({ page }) => {
  const response = await page.goto("/es/no-existe/de-verdad");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Página no encontrada");
  const ar = await page.goto("/ar/nothing-here");
  expect(ar?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
});

test("sections not built yet say so in the visitor's language", async ({ page }) => {
  for (const section of ["south-south"]) {
    const response = await page.goto(`/zh/${section}`);
    expect(response?.status(), section).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: /首页|主页/ }).last()).toBeVisible();
  }
});

test("the stories and the questionnaire read in Chinese at phone width, without overflow, axe clean", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const stories = await page.goto("/zh/stories");
  expect(stories?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("成功案例");
  // Nothing may overflow the phone's width (CJK text wraps; facets stack).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const questionnaire = await page.goto("/zh/questionnaire");
  expect(questionnaire?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("南南合作问卷");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await axeClean(page, "/zh/questionnaire");
  await page.goto("/zh/stories");
  await axeClean(page, "/zh/stories");
});
