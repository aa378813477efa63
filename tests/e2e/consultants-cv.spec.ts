import { readFile } from "node:fs/promises";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { clientHeaders, DEMO_PASSWORD, signedInContext, signInByApi } from "./support/accounts";

/**
 * The roster's CV download (docs/CONSULTANTS.md, "CV") and assignments from the activity's edit
 * page ("Assignments"). Demo mode gives some profiles a CV (seed step demo-consultant-cvs).
 */

async function apiAs(baseURL: string, email: string): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(ctx, email)).toBe(200);
  return ctx;
}

/** An approved demo profile with a CV on file, as a focal point sees it (full view). */
async function profileWithCv(focal: APIRequestContext): Promise<{ id: string; fullName: string }> {
  const list = await (await focal.get("/api/v1/consultants?sort=assignments&limit=20")).json();
  for (const item of list.items as { id: string }[]) {
    const full = await (await focal.get(`/api/v1/consultants/${item.id}`)).json();
    if (full.view === "full" && full.hasCv) return { id: item.id, fullName: full.fullName };
  }
  throw new Error("no demo profile with a CV among the first 20 by assignments");
}

for (const lng of ["en", "ar"] as const) {
  test(`a focal point downloads a CV that a visitor cannot (${lng})`, async ({ browser, baseURL }) => {
    const focalApi = await apiAs(baseURL!, "focal.eg@demo.test");
    const { id } = await profileWithCv(focalApi);
    await focalApi.dispose();
    const cvPath = `/api/v1/consultants/${id}/cv`;

    const focal = await signedInContext(browser, "focal.eg@demo.test", lng);
    const page = await focal.newPage();
    await page.goto(`/${lng}/consultants/${id}`);
    await expect(page.locator("html")).toHaveAttribute("dir", lng === "ar" ? "rtl" : "ltr");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`a[href="${cvPath}"]`).click()]);
    expect(download.suggestedFilename()).toMatch(/^[A-Za-z0-9._-]+\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const direct = await focal.request.get(cvPath);
    expect(direct.status()).toBe(200);
    expect(direct.headers()["content-type"]).toBe("application/pdf");
    expect(direct.headers()["content-disposition"]).toMatch(/^attachment; filename="[^"]+\.pdf"$/);
    expect(direct.headers()["x-content-type-options"]).toBe("nosniff");
    expect(direct.headers()["cache-control"]).toBe("private, no-store");
    await focal.close();

    const visitor = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`/${lng}/consultants/${id}`);
    await expect(visitorPage.locator("h1")).toBeVisible();
    await expect(visitorPage.locator(`a[href="${cvPath}"]`)).toHaveCount(0);
    const refused = await visitor.request.get(cvPath);
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toBe("application/problem+json");
    expect((await refused.body()).includes(Buffer.from("%PDF"))).toBe(false);
    // A member without the right: 403.
    const member = await apiAs(baseURL!, "member@demo.test");
    expect((await member.get(cvPath)).status()).toBe(403);
    await member.dispose();
    await visitor.close();
  });
}

test.describe("assignments from the activity's edit page, JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the secretariat adds a roster expert, which turns the activity South-South, and removes them", async ({ browser, baseURL }) => {
    const secretariat = await apiAs(baseURL!, "secretariat@demo.test");
    // An activity in Ethiopia whose free-text expert is Japanese: North-South.
    const created = await secretariat.post("/api/v1/activities", {
      data: {
        title: { en: `Seminar on patent examination ${Date.now()}` },
        type: "national_seminar",
        ipAreas: ["patents"],
        organisingUnit: "Division for Africa",
        startDate: "2025-04-07",
        endDate: "2025-04-09",
        venueCountry: "ET",
        beneficiaries: [{ country: "ET", participants: 30 }],
        experts: [{ name: "Taro Yamada", country: "JP" }],
        fundingType: "regular_budget",
        status: "completed",
      },
    });
    expect(created.status()).toBe(201);
    const { id: activityId } = await created.json();
    const modality = async () => (await (await secretariat.get(`/api/v1/activities/${activityId}`)).json()).modality;
    expect(await modality()).toBe("north-south");
    const egyptian = (await (await secretariat.get("/api/v1/consultants?nationality=EG&limit=1")).json()).items[0] as { id: string; fullName: string };

    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: clientHeaders() });
    const page = await context.newPage();
    await page.goto("/en/sign-in");
    await page.locator('input[name="email"]').fill("secretariat@demo.test");
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL("**/en/account");

    await page.goto(`/en/activities/${activityId}/edit`);
    const form = page.locator("form", { has: page.getByRole("group", { name: "Add a roster expert" }) });
    // A wrong id is refused beside the field, what was typed kept.
    await form.getByLabel("Roster profile id").fill("not-an-id");
    await form.getByRole("button", { name: "Add the expert" }).click();
    await expect(page.getByText("Enter the profile id (a UUID such as 0c5e…-…).")).toBeVisible();
    await expect(page.getByLabel("Roster profile id")).toHaveValue("not-an-id");
    expect(await modality()).toBe("north-south");

    await page.getByLabel("Roster profile id").fill(egyptian.id);
    await page.getByLabel("Role").selectOption("trainer");
    await expect(page.getByLabel("From")).toHaveValue("2025-04-07");
    await page.getByRole("button", { name: "Add the expert" }).click();
    await expect(page).toHaveURL(/assignment=added/);
    await expect(page.getByRole("status")).toContainText("The expert was added");
    const item = page.locator("#roster-experts li", { has: page.locator(`a[href="/en/consultants/${egyptian.id}"]`) });
    await expect(item).toContainText("Trainer");
    expect(await modality()).toBe("south-south");

    // The public record lists them.
    await page.goto(`/en/activities/${activityId}`);
    await expect(page.getByRole("heading", { name: "Roster experts" })).toBeVisible();
    await expect(page.locator(`a[href="/en/consultants/${egyptian.id}"]`)).toBeVisible();

    await page.goto(`/en/activities/${activityId}/edit`);
    await page.locator("#roster-experts li", { has: page.locator(`a[href="/en/consultants/${egyptian.id}"]`) }).getByRole("button", { name: "Remove" }).click();
    await expect(page).toHaveURL(/assignment=removed/);
    await expect(page.locator(`#roster-experts a[href="/en/consultants/${egyptian.id}"]`)).toHaveCount(0);
    expect(await modality()).toBe("north-south");

    expect((await secretariat.delete(`/api/v1/activities/${activityId}`)).status()).toBe(204);
    await secretariat.dispose();
    await context.close();
  });
});
