import { expect, request as playwrightRequest, test } from "@playwright/test";
import { clientHeaders, signedInContext, signInByApi } from "./support/accounts";

/**
 * A visitor writes to a consultant from the public profile (docs/CONSULTANTS.md, "Contact"),
 * with JavaScript off; the message is queued in the outbox to the consultant's address, which
 * the visitor never sees. Needs ConsultantContactForm rendered on the profile page.
 */
test.use({ javaScriptEnabled: false });

test("a visitor sends a message to a consultant without seeing their address", async ({ browser, baseURL }) => {
  const admin = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(admin, "admin@demo.test")).toBe(200);
  const { id } = (await (await admin.get("/api/v1/consultants?limit=1")).json()).items[0] as { id: string };
  const { email } = await (await admin.get(`/api/v1/consultants/${id}`)).json();
  await admin.dispose();

  const visitor = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: clientHeaders() });
  const page = await visitor.newPage();
  await page.goto(`/en/consultants/${id}`);
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Send a message" }) });
  await form.getByLabel("Your name").fill("Ram Thapa");
  await form.getByLabel("Your email address").fill("ram.thapa@ipo.example.np");
  await form.getByLabel("Your message").fill("short");
  await form.getByRole("button", { name: "Send the message" }).click();
  await expect(page.getByText("Write at least 20 characters.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Ram Thapa");
  await page.getByLabel("Your message").fill("We plan a training on geographical indications in Kathmandu next spring.");
  await page.getByRole("button", { name: "Send the message" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your message has been sent to the expert." })).toBeVisible();
  expect(await page.content()).not.toContain(email);
  await visitor.close();

  const outbox = await signedInContext(browser, "admin@demo.test");
  const adminPage = await outbox.newPage();
  await adminPage.goto(`/en/admin/outbox?to=${encodeURIComponent(email)}`);
  // Written in the consultant's language (their account's, else their bio's), so only the sender's name is certain.
  await expect(adminPage.getByRole("listitem").filter({ hasText: "Ram Thapa" }).first()).toBeVisible();
  await outbox.close();
});
