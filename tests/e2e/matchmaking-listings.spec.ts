import { expect, request as playwrightRequest, test } from "@playwright/test";
import { clientHeaders, signedInContext, signInByApi } from "./support/accounts";
import { axeClean } from "./support/axe";

/**
 * Matchmaking in the browser as people use it (docs/MATCHMAKING.md, "From listing to match"):
 * the focal point of Egypt files a need in Arabic and submits it, the secretariat publishes it
 * (through the API: the moderation pages are tested on their own), a partner reading French
 * answers "Nous pouvons aider", the focal point accepts and sees the partner's contact; a visitor
 * with JavaScript off finds the need and filters by facet. Axe clean at desktop and phone width
 * on the search, listing, new-listing and "my listings" pages in Arabic and French. Each run
 * uses a unique title, so runs on the shared database do not depend on each other.
 */

test("a need filed in Arabic is published, answered in French and accepted; visitors find it without JavaScript", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const tag = `mm${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const title = `إنشاء سجل وطني للمؤشرات الجغرافية ${tag}`;
  const message = "Notre office a formé des examinateurs d’indications géographiques dans trois pays.";

  // 1. The focal point of Egypt files the need in Arabic; a first, incomplete submit keeps what was typed.
  const focal = await signedInContext(browser, "focal.eg@demo.test", "ar");
  const owner = await focal.newPage();
  await owner.goto("/ar/matchmaking/new?kind=need");
  await expect(owner.locator("html")).toHaveAttribute("dir", "rtl");
  await axeClean(owner, "/ar/matchmaking/new");
  await owner.locator('input[name="title_ar"]').fill(title);
  await owner.locator('button[name="intent"][value="submit"]').click();
  await expect(owner.locator("form [role=alert]")).toBeVisible();
  await expect(owner.locator("form [role=alert]")).toContainText("المنظمة");
  await expect(owner.locator('input[name="title_ar"]')).toHaveValue(title);
  await owner.locator('textarea[name="description_ar"]').fill("نحتاج إلى خبرة وتدريب لإنشاء سجل وطني للمؤشرات الجغرافية وتدريب الفاحصين.");
  await owner.locator('input[name="organisation"]').fill("مكتب براءات الاختراع المصري");
  await owner.locator('select[name="organisationType"]').selectOption("ip_office");
  await owner.locator('select[name="supportType"]').selectOption("technical");
  await owner.locator('input[name="forms"][value="training"]').check();
  await owner.locator('input[name="forms"][value="expert_advice"]').check();
  await owner.locator('input[name="ipAreas"][value="geographical_indications"]').check();
  await owner.locator('select[name="countries"]').selectOption(["EG"]);
  await expect(owner.locator('input[name="languages"][value="ar"]')).toBeChecked();
  await owner.locator('button[name="intent"][value="submit"]').click();
  await owner.waitForURL(/\/ar\/matchmaking\/listings\/[0-9a-f-]{36}\?done=submitted/);
  const id = new URL(owner.url()).pathname.split("/").at(-1)!;
  await expect(owner.getByRole("status").filter({ hasText: "الأمانة" })).toBeVisible();
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText(title);

  // 2. The secretariat publishes it, with the version it read.
  const secretariat = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(secretariat, "secretariat@demo.test")).toBe(200);
  const { version } = await (await secretariat.get(`/api/v1/matchmaking/listings/${id}`)).json();
  const published = await secretariat.post(`/api/v1/matchmaking/listings/${id}/transitions`, { data: { to: "published", version } });
  expect(published.status(), await published.text()).toBe(200);
  await secretariat.dispose();

  // 3. The partner, reading French, offers help with a message.
  const partnerContext = await signedInContext(browser, "partner@demo.test", "fr");
  const partner = await partnerContext.newPage();
  await partner.goto(`/fr/matchmaking/listings/${id}`);
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(partner.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "ar");
  await expect(partner.getByRole("note").filter({ hasText: "n'est pas disponible dans votre langue" })).toBeVisible();
  await axeClean(partner, "/fr/matchmaking/listings/[id]");
  await partner.getByLabel("Votre message").fill("court");
  await partner.getByRole("button", { name: "Nous pouvons aider" }).click();
  await expect(partner.locator("form [role=alert]")).toBeVisible();
  await partner.getByLabel("Votre message").fill(message);
  await partner.getByRole("button", { name: "Nous pouvons aider" }).click();
  await partner.waitForURL(new RegExp(`/fr/matchmaking/listings/${id}\\?done=interestSent`));
  await expect(partner.getByRole("status").filter({ hasText: "Votre message a été envoyé" })).toBeVisible();
  await partner.goto("/fr/matchmaking/new?kind=offer");
  await axeClean(partner, "/fr/matchmaking/new");
  await partner.goto("/fr/matchmaking");
  await axeClean(partner, "/fr/matchmaking");

  // 4. The focal point sees the interest, accepts it, and now sees the partner's contact.
  await owner.goto(`/ar/matchmaking/listings/${id}`);
  const interest = owner.locator("#interests ~ ol > li").filter({ hasText: message });
  await expect(interest).toBeVisible();
  await expect(interest).not.toContainText("partner@demo.test");
  await axeClean(owner, "/ar/matchmaking/listings/[id] (owner)");
  await interest.getByRole("button", { name: "قبول ومشاركة جهات الاتصال" }).click();
  await owner.waitForURL(new RegExp(`/ar/matchmaking/listings/${id}\\?done=accepted`));
  await expect(owner.locator("#interests ~ ol > li").filter({ hasText: message })).toContainText("partner@demo.test");
  await owner.goto("/ar/matchmaking/mine");
  await expect(owner.getByRole("link", { name: title })).toBeVisible();
  await axeClean(owner, "/ar/matchmaking/mine");
  await owner.goto("/ar/matchmaking");
  await axeClean(owner, "/ar/matchmaking");
  await focal.close();

  // The partner sees the answer and the listing's contact on "my listings".
  await partner.goto("/fr/matchmaking/mine");
  const sent = partner.locator("#sent ~ ol > li").filter({ hasText: title });
  await expect(sent).toContainText("Acceptée", { ignoreCase: true });
  await expect(sent).toContainText("focal.eg@demo.test");
  await axeClean(partner, "/fr/matchmaking/mine");
  await partnerContext.close();

  // 5. A visitor with JavaScript off finds the need, and a facet filter narrows the results.
  const visitorContext = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: clientHeaders() });
  const visitor = await visitorContext.newPage();
  await visitor.goto("/en/matchmaking");
  await visitor.getByLabel("Search words").fill(tag);
  await visitor.getByLabel("Search words").press("Enter");
  await expect(visitor).toHaveURL(new RegExp(`q=${tag}`));
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await visitor.locator('input[name="supportType"][value="technical"]').check();
  await visitor.getByRole("button", { name: "Apply filters" }).click();
  await expect(visitor).toHaveURL(/supportType=technical/);
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await visitor.goto("/en/matchmaking?sort=newest");
  await visitor.locator('input[name="kind"][value="offer"]').check();
  await visitor.getByRole("button", { name: "Apply filters" }).click();
  await expect(visitor).toHaveURL(/kind=offer/);
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  await expect(visitor.getByRole("status").first()).toBeVisible();
  await visitor.goto(`/en/matchmaking/listings/${id}`);
  await expect(visitor.getByRole("link", { name: "Sign in to express interest" })).toBeVisible();
  await visitorContext.close();
});
