import { expect, request as playwrightRequest, test } from "@playwright/test";
import { clientHeaders, signedInContext, signInByApi } from "./support/accounts";
import { axeClean } from "./support/axe";

/**
 * The secretariat's side (docs/MATCHMAKING.md): a need of Egypt and a partner's offer, filed
 * through the API, wait in the moderation queue; the secretariat publishes both from their
 * pages, records the match between them on the brokering page and sees its modality; the match
 * is on the public page in French for a visitor, and a filter keeps it. Axe clean at desktop and
 * phone width on the moderation, record, matches and statistics pages in en, ar and fr.
 */

const listing = (kind: "need" | "offer", title: string, ownerCountry: string) => ({
  kind,
  title: { en: title },
  description: { en: `${title}: filed by the brokering test.` },
  organisation: kind === "need" ? "Egyptian Patent Office" : "Office of the South",
  organisationType: kind === "need" ? "ip_office" : "donor",
  ownerCountry,
  supportType: "technical",
  forms: ["training"],
  ipAreas: ["geographical_indications"],
  themes: ["trademarks_gis"],
  countries: [ownerCountry],
  languages: ["ar", "en"],
  contactName: "Test contact",
  contactEmail: "contact@example.org",
});

test("the secretariat publishes from the queue, records a match, and it shows on the public page", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const focal = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(focal, "focal.eg@demo.test")).toBe(200);
  const need = await (await focal.post("/api/v1/matchmaking/listings?submit=true", { data: listing("need", `Brokering need ${stamp}`, "EG") })).json();
  const partner = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(partner, "partner@demo.test")).toBe(200);
  const offer = await (await partner.post("/api/v1/matchmaking/listings?submit=true", { data: listing("offer", `Brokering offer ${stamp}`, "KR") })).json();
  expect(need.id && offer.id).toBeTruthy();

  const ctx = await signedInContext(browser, "secretariat@demo.test");
  const page = await ctx.newPage();
  for (const [id, title] of [[need.id, `Brokering need ${stamp}`], [offer.id, `Brokering offer ${stamp}`]] as const) {
    await page.goto("/en/matchmaking/moderation");
    await page.getByRole("link", { name: title }).click();
    await page.waitForURL(`**/en/matchmaking/listings/${id}`);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByText("The listing is now: Open.")).toBeVisible();
  }
  await page.goto("/en/matchmaking/moderation");
  await axeClean(page, "/en/matchmaking/moderation");

  await page.goto(`/en/matchmaking/matches/new?need=${need.id}&offer=${offer.id}`);
  await axeClean(page, "/en/matchmaking/matches/new");
  // Refused first (no title): the form comes back with what was typed and names the field.
  await page.getByLabel("Type of match").selectOption("technical");
  await page.getByLabel("Start date").fill("2026-11-02");
  await page.getByRole("button", { name: "Record the match" }).click();
  await expect(page.locator("section [role=alert]")).toContainText("Write it in at least one language.");
  await expect(page.getByLabel("Start date")).toHaveValue("2026-11-02");
  await expect(page.getByLabel("Listing id").first()).toHaveValue(need.id);
  await page.getByLabel("Title in English").fill(`Brokered match ${stamp}`);
  await page.getByLabel("Show it on the public page of successful matches").check();
  await page.getByRole("button", { name: "Record the match" }).click();
  await page.waitForURL("**/en/matchmaking/matches/*?recorded=1");
  // Egypt benefits, the offer is filed from the Republic of Korea: its status decides the modality shown.
  await expect(page.getByRole("status")).toContainText("The match is recorded. Its modality:");
  await ctx.close();

  const visitor = await browser.newContext({ locale: "fr" });
  const pub = await visitor.newPage();
  await pub.goto("/fr/matchmaking/matches?type=technical");
  await expect(pub.getByRole("heading", { name: `Brokered match ${stamp}` })).toBeVisible();
  await pub.goto("/fr/matchmaking/matches?type=financial");
  await expect(pub.getByRole("heading", { name: `Brokered match ${stamp}` })).toHaveCount(0);
  // A visitor is sent to sign in from the secretariat's pages.
  await pub.goto("/fr/matchmaking/moderation");
  await expect(pub).toHaveURL(/\/fr\/sign-in\?next=/);
  await pub.goto("/fr/matchmaking/unsubscribe?token=not-a-real-token-at-all-xxxxxxxx");
  await pub.getByRole("button", { name: "Se désabonner" }).click();
  await expect(pub.locator("section [role=alert]")).toContainText("inconnu");
  for (const lng of ["en", "ar", "fr"]) {
    await pub.goto(`/${lng}/matchmaking/matches`);
    await axeClean(pub, `/${lng}/matchmaking/matches`);
    await pub.goto(`/${lng}/matchmaking/statistics`);
    await axeClean(pub, `/${lng}/matchmaking/statistics`);
  }
  await visitor.close();
  const member = await signedInContext(browser, "member@demo.test");
  const mp = await member.newPage();
  const res = await mp.goto("/en/matchmaking/matches/new");
  expect(res?.status()).toBe(403);
  await member.close();
  await focal.dispose();
  await partner.dispose();
});
