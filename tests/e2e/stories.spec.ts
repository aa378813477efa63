import { expect, request as playwrightRequest, test, type Browser } from "@playwright/test";
import { clientHeaders, DEMO_PASSWORD, signedInContext, signInByApi } from "./support/accounts";
import { axeClean } from "./support/axe";

/**
 * Success stories in the browser (docs/STORIES.md): the secretariat writes a story in English
 * through the form with JavaScript off (a first, incomplete save keeps what was typed), marks
 * English complete, sends it for review and publishes it; a reader in Spanish finds it by full
 * text and a facet, reads it with the "not available in your language" notice and its link to
 * the English version; the Spanish feed carries it; script payloads in its Markdown are inert.
 * Axe clean at desktop and phone width on the search (Spanish, Arabic) and the story page.
 * Each run uses a unique word, so runs on the shared database do not depend on each other.
 */

async function secretariatWithoutJavaScript(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: clientHeaders() });
  const page = await context.newPage();
  await page.goto("/en/sign-in");
  await page.locator('input[name="email"]').fill("secretariat@demo.test");
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL("**/en/account");
  return { context, page };
}

test("the secretariat publishes a story without JavaScript; a Spanish reader finds it, reads the English original safely, and the feed has it", async ({ browser }) => {
  test.setTimeout(180_000);
  const tag = `st${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const title = `Patent examiners trained together in Nairobi ${tag}`;
  const payload = "Examiners from Kenya and Brazil worked side by side.\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) and <script>alert(2)</script>";

  // 1. The secretariat, JavaScript off, writes the story in English.
  const { context: staff, page } = await secretariatWithoutJavaScript(browser);

  await page.goto("/en/stories/new");
  await page.locator('input[name="title_en"]').fill(title);
  await page.locator('input[name="periodStart"]').fill("2024");
  await page.locator('input[name="periodEnd"]').fill("2022");
  await page.getByRole("button", { name: "Create the draft" }).click();
  // Refused beside the fields, with a summary; what was typed is kept.
  const summary = page.locator("form [role=alert]");
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("Summary (English)");
  await expect(page.locator("#story-summary_en-error")).toHaveText("Write this in the story's original language.");
  await expect(page.locator("#story-periodEnd-error")).toHaveText("The end year is before the start year.");
  await expect(page.locator('input[name="title_en"]')).toHaveValue(title);

  await page.locator('textarea[name="summary_en"]').fill(`Kenya and Brazil trained patent examiners together. ${tag}`);
  await page.locator('textarea[name="body_en"]').fill(payload);
  await page.locator('textarea[name="results_en"]').fill("- 40 examiners trained\n- Search manuals shared");
  await page.locator('input[name="complete"][value="en"]').check();
  await page.locator('input[name="themes"][value="patents"]').check();
  await page.locator('input[name="ipAreas"][value="patents"]').check();
  await page.locator('select[name="countries"]').selectOption(["KE"]);
  await page.locator('select[name="partnerCountries"]').selectOption(["BR"]);
  await page.locator('textarea[name="partners"]').fill("Kenya Industrial Property Institute\nINPI Brazil");
  await page.locator('input[name="periodEnd"]').fill("2025");
  await page.getByRole("button", { name: "Create the draft" }).click();
  await page.waitForURL(/\/en\/stories\/[0-9a-f-]{36}\?done=saved/);
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator("#story-manage").locator("..")).toContainText("Status: Draft");

  // 2. Review, then publish (each button carries the version read).
  await page.getByRole("button", { name: "Send for review" }).click();
  await page.waitForURL(`**/en/stories/${id}?done=in_review`);
  await page.getByRole("button", { name: "Publish" }).click();
  await page.waitForURL(`**/en/stories/${id}?done=published`);
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await staff.close();

  // 3. A reader in Spanish finds it by full text and a facet.
  const readerContext = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  const reader = await readerContext.newPage();
  const dialogs: string[] = [];
  reader.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await reader.goto(`/es/stories?q=${tag}`);
  await expect(reader.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/es\/stories\/feed\.xml$/);
  await expect(reader.getByRole("status").filter({ hasText: "1 historia" })).toBeVisible();
  await reader.locator('input[name="country"][value="KE"]').check();
  await reader.getByRole("button", { name: "Aplicar los filtros" }).click();
  await reader.waitForURL(/country=KE/);
  const card = reader.getByRole("link", { name: title });
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute("lang", "en");
  await axeClean(reader, "/es/stories");

  // 4. It opens in English with the notice and the link to the English version.
  await card.click();
  await reader.waitForURL(`**/es/stories/${id}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  const notice = reader.getByRole("note");
  await expect(notice).toContainText("Esta historia no está disponible en su idioma; se muestra en inglés.");
  await expect(notice.getByRole("link", { name: "English" })).toHaveAttribute("href", `/en/stories/${id}`);
  await expect(reader.locator("main")).toContainText("Examiners from Kenya and Brazil worked side by side.");
  await expect(reader.locator("main")).toContainText("40 examiners trained");

  // 5. The payloads are inert: no event handler, no javascript: link, no script of the body, no dialog.
  expect(await reader.locator("[onerror]").count()).toBe(0);
  expect(await reader.locator('a[href^="javascript:" i]').count()).toBe(0);
  expect(await reader.locator(".story-prose script, .story-prose img").count()).toBe(0);
  await axeClean(reader, "/es/stories/[id]");
  expect(dialogs).toEqual([]);

  // 6. The Spanish feed carries it.
  const feed = await readerContext.request.get("/es/stories/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await feed.text();
  expect(xml).toContain(title);
  expect(xml).toContain(`/es/stories/${id}`);
  expect((await readerContext.request.get("/xx/stories/feed.xml")).status()).toBe(404);

  // 7. Arabic, right to left.
  await reader.goto(`/ar/stories?q=${tag}`);
  await expect(reader.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  await axeClean(reader, "/ar/stories");
  expect(dialogs).toEqual([]);
  await readerContext.close();
});

// A 1×1 PNG (signature, IHDR, IDAT, IEND): what src/lib/image-check.ts accepts.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

test("editing meets someone else's save (both versions shown, typing kept), images are added and removed, the lists show the story", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const tag = `se${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(api, "secretariat@demo.test")).toBe(200);
  const created = await api.post("/api/v1/stories", {
    data: { sourceLocale: "en", title: { en: `Trademark offices share a search tool ${tag}` }, summary: { en: "Two offices shared one tool." }, body: { en: "They did." }, themes: ["trademarks_gis"] },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id, version } = (await created.json()) as { id: string; version: number };

  const { context, page } = await secretariatWithoutJavaScript(browser);
  await page.goto(`/en/stories/${id}/edit`);
  // Meanwhile someone else saves a new title.
  const theirs = await api.patch(`/api/v1/stories/${id}`, { data: { version, title: { en: `Their title ${tag}` } } });
  expect(theirs.status(), await theirs.text()).toBe(200);
  await page.locator('input[name="title_en"]').fill(`My title ${tag}`);
  await page.locator('textarea[name="summary_en"]').fill("My summary.");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("Someone else saved this story meanwhile");
  await expect(page.locator("#story-title_en-theirs")).toHaveText(`Their version: Their title ${tag}`);
  await expect(page.locator('input[name="title_en"]')).toHaveValue(`My title ${tag}`);
  await expect(page.locator('textarea[name="summary_en"]')).toHaveValue("My summary.");
  // Saving again, knowingly, keeps mine.
  await page.getByRole("button", { name: "Save the changes" }).click();
  await page.waitForURL(`**/en/stories/${id}?done=saved`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`My title ${tag}`);

  // An image with its alternative text; an SVG is refused by its bytes.
  await page.goto(`/en/stories/${id}/edit`);
  await page.locator('input[name="file"]').setInputFiles({ name: "chart.svg", mimeType: "image/png", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await page.locator('input[name="alt"]').fill("A chart");
  await page.getByRole("button", { name: "Add the image" }).click();
  await page.waitForURL(/refused=fixErrors&field=file&reason=not_image/);
  await expect(page.locator("section [role=alert]").filter({ hasText: "Send a PNG, JPEG or WebP image." })).toBeVisible();
  await page.locator('input[name="file"]').setInputFiles({ name: "office.png", mimeType: "image/png", buffer: PNG });
  await page.locator('input[name="alt"]').fill(`The two offices' teams ${tag}`);
  await page.getByRole("button", { name: "Add the image" }).click();
  await page.waitForURL(`**/en/stories/${id}/edit?done=imageAdded`);
  await expect(page.getByRole("img", { name: `The two offices' teams ${tag}` })).toBeVisible();
  await page.goto(`/en/stories/${id}`);
  const img = page.getByRole("img", { name: `The two offices' teams ${tag}` });
  await expect(img).toHaveAttribute("src", new RegExp(`^/api/v1/stories/${id}/images/[0-9a-f-]{36}$`));
  await page.goto(`/en/stories/${id}/edit`);
  await page.getByRole("button", { name: /Remove the image/ }).click();
  await page.waitForURL(`**/en/stories/${id}/edit?done=imageRemoved`);
  await expect(page.getByText("No image yet.")).toBeVisible();

  // The secretariat's list, by status.
  await page.goto("/en/stories/manage?status=draft");
  await expect(page.getByRole("link", { name: `My title ${tag}` })).toBeVisible();
  await page.goto("/en/stories/manage?status=published");
  await expect(page.getByRole("link", { name: `My title ${tag}` })).toHaveCount(0);

  // Starting from a match that does not exist is refused on the page, nothing created.
  await page.goto("/en/stories/new?match=00000000-0000-4000-8000-00000000dead");
  await page.getByRole("button", { name: "Start the draft" }).click();
  await page.waitForURL(/\/en\/stories\/new\?match=.*refused=notFound/);
  await expect(page.locator("section [role=alert]")).toContainText("This record no longer exists");
  await context.close();

  // Axe (it runs in the page, so with JavaScript on) on the secretariat's pages.
  const withScript = await signedInContext(browser, "secretariat@demo.test");
  const staff = await withScript.newPage();
  for (const path of [`/en/stories/${id}/edit`, "/en/stories/manage", `/en/stories/${id}`]) {
    await staff.goto(path);
    await axeClean(staff, path);
  }
  await withScript.close();

  // A visitor cannot see the draft; the home page shows the latest published stories.
  const visitor = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect((await visitor.get(`/en/stories/${id}`)).status()).toBe(404);
  await visitor.dispose();
  const home = await (await browser.newContext({ extraHTTPHeaders: clientHeaders() })).newPage();
  await home.goto("/en");
  const latest = home.locator("section", { has: home.getByRole("heading", { name: "Latest stories" }) });
  await expect(latest.locator("li")).toHaveCount(3);
  await expect(latest.locator('a[href^="/en/stories/"]').first()).toBeVisible();
  await home.context().close();
  await api.dispose();
});
