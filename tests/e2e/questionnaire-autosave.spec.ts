import { expect, test } from "@playwright/test";
import { signedInContext } from "./support/accounts";

/**
 * The questionnaire form's autosave with JavaScript (docs/QUESTIONNAIRE.md), as Peru's focal
 * point in English: typing saves the draft about three seconds later ("Saving…", then "Saved at
 * HH:MM" in the live region) and moves the form's hidden version on, so pressing Save draft
 * afterwards meets no conflict; with the network gone the region says why it could not save, and
 * what was typed stays in the field and is saved once the network is back.
 */
test("autosave saves a draft after typing stops, says why when it cannot, and keeps the version in step", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await signedInContext(browser, "focal.pe@demo.test", "en");
  const { items: rounds } = await (await context.request.get("/api/v1/questionnaire/rounds")).json();
  const round = rounds.find((r: { name: string }) => r.name === "2027");
  expect(round, "the seeded round 2027").toBeTruthy();
  const api = `/api/v1/questionnaire/rounds/${round.id}/responses/PE`;
  const before = await (await context.request.get(api)).json();
  expect(["not_started", "draft", "returned"]).toContain(before.status);

  const page = await context.newPage();
  await page.goto(`/en/questionnaire/${round.id}/PE`);
  const status = page.locator("[data-autosave]");
  await expect(status).toHaveAttribute("aria-live", "polite");
  const version = page.locator('form input[type=hidden][name="version"]');
  await expect(version).toHaveValue(String(before.version));

  // Typing, then a pause: saved, the time shown, the hidden version moved on.
  const field = page.locator('input[name="q.office_name"]');
  await field.fill("Instituto Nacional de Defensa de la Competencia y de la Protección de la Propiedad Intelectual");
  await expect(status).toHaveText(/^Saved at \d{1,2}:\d{2}/, { timeout: 10_000 });
  const saved = await (await context.request.get(api)).json();
  expect(saved.answers.office_name).toBe("Instituto Nacional de Defensa de la Competencia y de la Protección de la Propiedad Intelectual");
  expect(saved.version).toBeGreaterThan(before.version);
  await expect(version).toHaveValue(String(saved.version));

  // No network: the region says the portal did not answer; the text stays in the field.
  await context.setOffline(true);
  await field.fill("INDECOPI");
  await expect(status).toHaveText(/^Could not save: the portal did not answer/, { timeout: 10_000 });
  await expect(field).toHaveValue("INDECOPI");
  await context.setOffline(false);
  expect((await (await context.request.get(api)).json()).answers.office_name).not.toBe("INDECOPI");

  // Back online, the next change is saved, and Save draft (a plain form post) is based on the newest version: no conflict.
  await page.locator('input[name="q.contact_email"]').fill("cooperacion@indecopi.example");
  await expect(status).toHaveText(/^Saved at \d{1,2}:\d{2}/, { timeout: 10_000 });
  const again = await (await context.request.get(api)).json();
  expect(again.answers).toMatchObject({ office_name: "INDECOPI", contact_email: "cooperacion@indecopi.example" });
  await expect(version).toHaveValue(String(again.version));
  await page.locator('button[name="intent"][value="save"]').last().click();
  await page.waitForURL(/done=saved/);
  await expect(page.locator("form [role=alert]")).toHaveCount(0);
  await expect(page.locator('input[name="q.office_name"]')).toHaveValue("INDECOPI");
  await context.close();
});
