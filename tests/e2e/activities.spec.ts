import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const total = async (page: import("@playwright/test").Page) => Number((await page.getByRole("status").innerText()).replace(/[^\d]/g, ""));

for (const lng of ["en", "ar"] as const) {
  test(`search, narrow by two facets, open a record and export CSV (${lng})`, async ({ page }) => {
    await page.goto(`/${lng}/activities`);
    const all = await total(page);
    expect(all).toBeGreaterThan(1000);

    await page.locator('input[name="modality"][value="south-south"]').check();
    await page.locator('input[name="status"][value="ldc"]').check();
    await page.locator("aside button[type=submit]").click();
    await expect(page).toHaveURL(/modality=south-south/);
    await expect(page).toHaveURL(/status=ldc/);
    const narrowed = await total(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    // The state is in the URL: reloading (or sharing) it gives the same result.
    await page.reload();
    expect(await total(page)).toBe(narrowed);

    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('a[href*="format=csv"]').click()]);
    const csv = (await (await download.createReadStream()).toArray()).join("");
    expect(csv.replace(/^\ufeff/, "").trim().split("\r\n").length - 1).toBe(narrowed);

    await page.locator("ol li h2 a").first().click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/activities/[0-9a-f-]{36}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("dl")).toContainText(lng === "en" ? "South-South" : "جنوب");
  });
}

for (const [lng, about] of [["en", "About"], ["ar", "حوالي"]] as const) {
  test(`a search matching thousands of activities says its counts are estimates (${lng})`, async ({ page }) => {
    // "national" is in most generated titles: well over the 2,000 matches counted exactly.
    await page.goto(`/${lng}/activities?q=national`);
    await expect(page.getByRole("status")).toContainText(about);
    await expect(page.locator("aside label").first()).toContainText("≈");
    // Narrowed far enough, the same search is counted exactly again.
    await page.goto(`/${lng}/activities?q=national&country=ET`);
    await expect(page.getByRole("status")).not.toContainText(about);
    await expect(page.locator("aside label").first()).not.toContainText("≈");
  });
}

test("an Arabic or Chinese search finds geographical-indication activities in LDCs", async ({ page }) => {
  await page.goto(`/zh/activities?q=${encodeURIComponent("地理标志")}&status=ldc`);
  expect(await total(page)).toBeGreaterThan(0);
  await expect(page.locator("ol li h2 a").first()).toContainText("地理标志");
  await page.goto(`/ar/activities?q=${encodeURIComponent("المؤشرات الجغرافية")}&status=ldc`);
  expect(await total(page)).toBeGreaterThan(0);
});

test("a record not written in the reader's language says so", async ({ page, request }) => {
  const list = await (await request.get("/api/v1/activities?lng=ru&limit=1")).json();
  await page.goto(`/ru/activities/${list.items[0].id}`);
  await expect(page.getByRole("note")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", list.items[0].titleLocale);
});

for (const path of ["/en/activities", "/ar/activities"]) {
  test(`${path} and a record have no axe violations`, async ({ page }) => {
    await page.goto(path);
    let results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.locator("ol li h2 a").first().click();
    results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

for (const lng of ["en", "ar"] as const) {
  test(`the statistics page shows charts and their numbers (${lng})`, async ({ page }) => {
    await page.goto(`/${lng}/activities`);
    await page.locator(`a[href="/${lng}/activities/statistics"]`).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("img")).toHaveCount(3);
    await page.locator("details summary").first().click();
    await expect(page.locator("table").first().locator("tbody tr")).not.toHaveCount(0);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test("the secretariat creates, edits and deletes an activity through the API, audited", async ({ baseURL }) => {
  const { request: newRequest } = await import("@playwright/test");
  const { clientHeaders, signInByApi } = await import("./support/accounts");
  const ctx = await newRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(ctx, "secretariat@demo.test")).toBe(200);
  const body = {
    externalRef: `E2E-${Date.now()}`,
    title: { ar: "حلقة عمل بشأن العلامات الجماعية", en: "Workshop on collective marks" },
    type: "national_seminar",
    ipAreas: ["trademarks"],
    organisingUnit: "Division for Arab Countries",
    startDate: "2025-03-10",
    endDate: "2025-03-11",
    venueCountry: "JO",
    beneficiaries: [{ country: "JO", participants: 30 }],
    experts: [{ name: "Expert", country: "EG" }],
    fundingType: "regular_budget",
    status: "completed",
  };
  const created = await ctx.post("/api/v1/activities", { data: body });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await (await ctx.get(`/api/v1/activities/${id}`)).json()).modality).toBe("south-south");
  expect((await ctx.put(`/api/v1/activities/${id}`, { data: { ...body, fundingType: "funds_in_trust", fundingDonor: "JP" } })).status()).toBe(204);
  expect((await (await ctx.get(`/api/v1/activities/${id}`)).json()).modality).toBe("triangular");
  const search = await (await ctx.get(`/api/v1/activities?q=${encodeURIComponent("العلامات الجماعية")}`)).json();
  expect(search.items.map((i: { id: string }) => i.id)).toContain(id);
  expect((await ctx.delete(`/api/v1/activities/${id}`)).status()).toBe(204);
  expect((await ctx.get(`/api/v1/activities/${id}`)).status()).toBe(404);
  await ctx.dispose();
});

test("the secretariat checks, then imports a CSV file from the import page", async ({ browser }) => {
  const { signedInContext } = await import("./support/accounts");
  const context = await signedInContext(browser, "secretariat@demo.test", "fr");
  const page = await context.newPage();
  await page.goto("/fr/activities");
  await page.locator('a[href="/fr/activities/import"]').click();
  const ref = `PAGE-${Date.now()}`;
  const header = "external_ref,title_fr,type,ip_areas,organising_unit,start_date,end_date,beneficiaries,funding_type,status";
  const file = (rows: string[]) => ({ name: "activites.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...rows].join("\n")) });
  await page.locator('input[type="file"]').setInputFiles(file([`${ref},Atelier sur les dessins et modèles,national_seminar,industrial_designs,Académie,2025-05-05,2025-05-06,SN:30,regular_budget,party`]));
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("table tbody tr")).toHaveCount(1);
  await expect(page.locator("table tbody td").nth(1)).toHaveText("status");
  await page.locator('input[type="file"]').setInputFiles(file([`${ref},Atelier sur les dessins et modèles,national_seminar,industrial_designs,Académie,2025-05-05,2025-05-06,SN:30,regular_budget,completed`]));
  await page.locator('input[name="dryRun"]').uncheck();
  await page.locator('main form button[type="submit"]').click();
  // One row read, one activity created, none updated: in French, with its singular forms.
  await expect(page.getByRole("status")).toHaveText("1 activité créée");
  await expect(page.locator("main section[aria-live] ul")).toContainText("1 ligne lue");
  await expect(page.locator("main section[aria-live] ul")).toContainText("0 activité mise à jour");
  const found = await (await context.request.get(`/api/v1/activities?q=${encodeURIComponent("dessins modeles")}`)).json();
  expect(found.total).toBeGreaterThan(0);
  await context.close();
});

test("the secretariat adds, edits and deletes an activity with the form (ar)", async ({ browser }) => {
  const { signedInContext } = await import("./support/accounts");
  const context = await signedInContext(browser, "secretariat@demo.test", "ar");
  const page = await context.newPage();
  await page.goto("/ar/activities");
  await page.locator('a[href="/ar/activities/new"]').click();
  await page.locator('input[name="title_ar"]').fill("حلقة عمل بشأن التصاميم الصناعية");
  await page.locator('select[name="type"]').selectOption("national_seminar");
  await page.locator('input[name="ip_areas"]').fill("industrial_designs");
  await page.locator('input[name="organising_unit"]').fill("شعبة البلدان العربية");
  await page.locator('input[name="start_date"]').fill("2025-04-01");
  await page.locator('input[name="end_date"]').fill("2025-03-01");
  await page.locator('input[name="beneficiaries"]').fill("TN:25");
  await page.locator('input[name="experts"]').fill("Amina Haddad|MA");
  await page.locator("main form button[type=submit]").first().click();
  // The refusal names the field by its label and says why, in Arabic (not "endDate: before startDate").
  await expect(page.locator("main [role=alert]")).toContainText("تاريخ الانتهاء: تاريخ الانتهاء يسبق تاريخ البدء.");
  await expect(page.locator("main [role=alert]")).not.toContainText("endDate");
  await page.locator('input[name="end_date"]').fill("2025-04-02");
  await page.locator("main form button[type=submit]").first().click();
  await expect(page.locator("main [role=status]")).toBeVisible();
  await page.locator("main [role=status] a").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("حلقة عمل بشأن التصاميم الصناعية");
  await expect(page.locator("dl")).toContainText("جنوب");
  await page.locator('a[href$="/edit"]').click();
  await page.locator('input[name="delete-confirm"], #delete-confirm').check();
  await page.getByRole("button", { name: /حذف/ }).click();
  await expect(page).toHaveURL(/\/ar\/activities\?deleted=1$/);
  await context.close();
});

test("a large file shows its progress while it is checked and written (ar)", async ({ browser }) => {
  test.setTimeout(120_000);
  const { signedInContext } = await import("./support/accounts");
  const context = await signedInContext(browser, "secretariat@demo.test", "ar");
  const page = await context.newPage();
  await page.goto("/ar/activities/import");
  const ref = `BULK-${Date.now()}`;
  const header = "external_ref,title_ar,type,ip_areas,organising_unit,start_date,end_date,beneficiaries,funding_type,status";
  // Large enough to be seen: rows are checked, then written with COPY at a few thousand a second.
  const rows = Array.from({ length: 8_000 }, (_, i) => `${ref}-${i},حلقة عمل رقم ${i} بشأن العلامات التجارية,national_seminar,trademarks,الأكاديمية,2025-05-05,2025-05-06,SN:30,regular_budget,completed`);
  await page.locator('input[type="file"]').setInputFiles({ name: "bulk.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...rows].join("\n")) });
  await page.locator('input[name="dryRun"]').uncheck();
  await page.locator('main form button[type="submit"]').click();
  const bar = page.locator("main progress");
  await expect(bar).toBeVisible();
  // "جارٍ كتابة الصف … من …": the writing phase.
  await expect(page.locator("#import-progress-label")).toContainText("جارٍ كتابة الصف");
  await expect(bar).toBeHidden({ timeout: 90_000 });
  // The count as the browser writes numbers in Arabic, in the sentence's plural form.
  const eightThousand = await page.evaluate(() => new Intl.NumberFormat("ar").format(8000));
  await expect(page.getByRole("status")).toHaveText(`أُنشئ ${eightThousand} نشاط`);
  await context.close();
});

test("an id that is not a UUID is a 404, for the record and its edit page", async ({ page }) => {
  // Both passed the former /^[0-9a-f-]{36}$/ check; the database refuses them as uuid.
  for (const id of ["-".repeat(36), "a".repeat(36)]) {
    expect((await page.goto(`/en/activities/${id}`))?.status(), id).toBe(404);
    expect((await page.goto(`/en/activities/${id}/edit`))?.status(), id).toBe(404);
  }
});

test("figures are written as the reader's language writes numbers, charts included (fr)", async ({ page }) => {
  await page.goto("/fr/activities/statistics");
  const fr = new Intl.NumberFormat("fr");
  const texts = (await page.locator("main svg text").allTextContents()).map((t) => t.trim()).filter((t) => /^[\d\s\u00a0\u202f.,]+$/.test(t));
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    const n = Number(text.replace(/\D/g, ""));
    // Year labels are never grouped; every other number is, the French way ("1 234", never "1,234").
    if (/^\d{4}$/.test(text) && n >= 1950 && n <= 2100) continue;
    expect(text).toBe(fr.format(n));
  }
});

const PARTICIPANTS: Record<"en" | "ru", Partial<Record<Intl.LDMLPluralRule, string>>> = {
  en: { one: "participant", other: "participants" },
  ru: { one: "участник", few: "участника", many: "участников", other: "участника" },
};

for (const lng of ["en", "ru"] as const) {
  test(`counts take the plural form the language gives the number (${lng})`, async ({ page }) => {
    await page.goto(`/${lng}/activities`);
    const labels = (await page.locator("ol li p span.text-slate-700").allTextContents()).map((t) => t.trim());
    expect(labels.length).toBeGreaterThan(0);
    const rules = new Intl.PluralRules(lng);
    for (const label of labels) {
      const n = Number(label.replace(/\D/g, ""));
      expect(label).toBe(`${new Intl.NumberFormat(lng).format(n)} ${PARTICIPANTS[lng][rules.select(n)]}`);
    }
  });
}
