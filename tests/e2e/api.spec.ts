import { expect, test } from "@playwright/test";

test("the countries API answers in Arabic with 44 LDCs", async ({ request }) => {
  const res = await request.get("/api/v1/countries?lng=ar&status=ldc");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.items).toHaveLength(44);
  expect(body.items.find((c: { iso2: string }) => c.iso2 === "YE").name).toBe("اليمن");
});

test("a bad parameter gets a 400 problem naming it", async ({ request }) => {
  const res = await request.get("/api/v1/countries?region=abc");
  expect(res.status()).toBe(400);
  expect(res.headers()["content-type"]).toBe("application/problem+json");
  expect((await res.json()).invalidParams).toEqual([expect.objectContaining({ name: "region" })]);
});

test("health is ok and the OpenAPI document is served and rendered", async ({ request, page }) => {
  expect(await (await request.get("/api/health")).json()).toEqual({ status: "ok", db: "ok" });
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  await page.goto("/fr/api-docs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documentation de l'API");
  await expect(page.locator("h2#listCountries")).toContainText("/api/v1/countries");
  await expect(page.locator("h2#register")).toContainText("/api/v1/accounts");
});
