import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { clientHeaders, signedInContext } from "./support/accounts";
import { axeClean } from "./support/axe";

/**
 * The secretariat's round dashboard (docs/QUESTIONNAIRE.md, "Reminders and the dashboard") on
 * the seeded round 2027: in English and in Arabic the world map (an SVG image named by its
 * caption, a title per country) and the countries' table; the table's filter works without
 * JavaScript; the reminders' form answers with its report; a focal point is refused. Axe clean
 * at desktop and phone width.
 */

// One sign-in per account for the whole file (sign-ins are rate-limited); each test opens its own context from it.
type State = Awaited<ReturnType<BrowserContext["storageState"]>>;
const states = new Map<string, State>();
async function signedIn(browser: Browser, email: string, javaScriptEnabled = true): Promise<BrowserContext> {
  if (!states.has(email)) {
    const first = await signedInContext(browser, email);
    states.set(email, await first.storageState());
    await first.close();
  }
  return browser.newContext({ storageState: states.get(email)!, extraHTTPHeaders: clientHeaders(), javaScriptEnabled });
}

async function roundId(page: Page): Promise<string> {
  const res = await page.request.get("/api/v1/questionnaire/rounds");
  expect(res.status()).toBe(200);
  const round = ((await res.json()) as { items: { id: string; name: string }[] }).items.find((r) => r.name === "2027");
  expect(round, "the seeded round 2027").toBeTruthy();
  return round!.id;
}

test("the secretariat sees the round on a map and in a table, in English and in Arabic", async ({ browser }) => {
  test.setTimeout(120_000);
  const ctx = await signedIn(browser, "secretariat@demo.test");
  const page = await ctx.newPage();
  const id = await roundId(page);

  await page.goto(`/en/questionnaire/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2027");
  const map = page.getByRole("img", { name: /World map: the progress of the \d+ invited countries/ });
  await expect(map).toBeVisible();
  await expect(map.locator("path title", { hasText: /^Egypt: / })).toHaveCount(1);
  await expect(map.locator("path title", { hasText: "France: Not invited" })).toHaveCount(1);
  const table = page.getByTestId("dashboard-countries");
  await expect(table.getByRole("link", { name: "Egypt", exact: true })).toHaveAttribute("href", `/en/questionnaire/${id}/EG`);
  await expect(table.locator("tr[data-country=TV]")).toHaveCount(1); // too small for the map, still in the table
  await axeClean(page, `/en/questionnaire/${id}`);

  await page.goto(`/ar/questionnaire/${id}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("svg[role=img]")).toHaveAttribute("aria-labelledby", "qdash-map-caption");
  await expect(page.locator("#qdash-map-caption")).toContainText("خريطة العالم");
  await expect(page.getByTestId("dashboard-countries").getByRole("link", { name: "مصر", exact: true })).toBeVisible();
  await axeClean(page, `/ar/questionnaire/${id}`);
  await ctx.close();
});

test("the table's filter works without JavaScript, and the reminders answer with their report", async ({ browser }) => {
  test.setTimeout(120_000);
  const ctx = await signedIn(browser, "secretariat@demo.test");
  const page = await ctx.newPage();
  const id = await roundId(page);
  const noJs = await signedIn(browser, "secretariat@demo.test", false);
  const plain = await noJs.newPage();
  await plain.goto(`/en/questionnaire/${id}`);
  await plain.getByLabel("Development status", { exact: true }).selectOption("ldc");
  await plain.getByRole("button", { name: "Apply the filters" }).click();
  await plain.waitForURL(/status=ldc/);
  await expect(plain.getByTestId("dashboard-countries").locator("tr[data-country=MW]")).toHaveCount(1);
  await expect(plain.getByTestId("dashboard-countries").locator("tr[data-country=EG]")).toHaveCount(0);

  // Tuvalu has no focal point in the demo data: reminding it alone writes no email.
  await plain.getByLabel("Remind Tuvalu", { exact: true }).check();
  await plain.getByRole("button", { name: "Remind only the countries ticked in the table" }).click();
  await plain.waitForURL(/reminded=/);
  const report = plain.getByTestId("reminder-report");
  await expect(report.locator("[data-report=without]")).toHaveText("1 country without a focal point to remind: Tuvalu");
  await expect(report.locator("[data-report=reminded]")).toHaveText("0 countries reminded");
  // Axe runs scripts in the page: the same report, opened with JavaScript on.
  await page.goto(plain.url());
  await expect(page.getByTestId("reminder-report")).toBeVisible();
  await axeClean(page, "the reminder report");

  // Nothing ticked: refused, the page says why.
  await plain.goto(`/en/questionnaire/${id}`);
  await plain.getByRole("button", { name: "Remind only the countries ticked in the table" }).click();
  await expect(plain.locator("section [role=alert]")).toHaveText("Tick at least one country in the table first.");
  await noJs.close();
  await ctx.close();
});

test("a focal point may not open the dashboard", async ({ browser }) => {
  const ctx = await signedIn(browser, "focal.eg@demo.test");
  const page = await ctx.newPage();
  const id = await roundId(page);
  const res = await page.goto(`/en/questionnaire/${id}`);
  expect(res?.status()).toBe(403);
  await ctx.close();
});
