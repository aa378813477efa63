import { expect, test } from "@playwright/test";
import { signedInContext } from "./support/accounts";

/**
 * From a country's answer to a success story (docs/QUESTIONNAIRE.md, docs/STORIES.md): Egypt's
 * submitted response to round 2027 (questionnaire-answer.spec.ts, which runs before this file,
 * submits it in Arabic; alone, this test submits it through the API as Egypt's focal point) is
 * accepted by the secretariat on its page; its first initiative becomes a draft story with one
 * action, pre-filled in Arabic from the answers; the secretariat publishes it; a reader in Spanish
 * finds the story in Arabic with the "not available in your language" notice.
 */
test("an accepted initiative becomes a published story that a Spanish reader finds", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const focal = await signedInContext(browser, "focal.eg@demo.test", "ar");
  const rounds = await (await focal.request.get("/api/v1/questionnaire/rounds")).json();
  const round = rounds.items.find((r: { name: string }) => r.name === "2027");
  expect(round).toBeTruthy();
  const url = `/api/v1/questionnaire/rounds/${round.id}/responses/EG`;
  let response = await (await focal.request.get(url)).json();
  if (response.status === "not_started" || response.status === "draft" || response.status === "returned") {
    const answers = {
      office_name: "مكتب براءات الاختراع المصري",
      took_part: true,
      initiatives: [{ title: "توأمة مع مكتب السودان في إنفاذ الحقوق", themes: ["enforcement"], ip_areas: ["enforcement"], partner_countries: ["SD"], start_year: 2024, end_year: 2025, what_was_done: "ورش عمل لموظفي الجمارك.", results: "تدريب 40 موظفًا." }],
    };
    const saved = await focal.request.put(url, { data: { version: response.version, answers } });
    expect(saved.status()).toBe(200);
    const submitted = await focal.request.post(`${url}/transitions`, { data: { to: "submitted", version: (await saved.json()).version } });
    expect(submitted.status()).toBe(200);
    response = await submitted.json();
  }
  await focal.close();

  // The secretariat accepts it on its page, then turns the first initiative into a story.
  const secretariat = await signedInContext(browser, "secretariat@demo.test", "en");
  const page = await secretariat.newPage();
  await page.goto(`/en/questionnaire/${round.id}/EG`);
  if (response.status === "submitted") {
    await page.locator("form:has(input[name=to][value=accepted]) button[type=submit]").click();
    await expect(page.locator(`a[href*="/en/stories/new?response="]`).first()).toBeVisible();
  }
  await page.locator(`a[href*="/en/stories/new?response="][href$="initiative=0"]`).click();
  await page.getByRole("button", { name: "Start the draft" }).click();
  await expect(page).toHaveURL(/\/en\/stories\/[0-9a-f-]{36}\/edit/);
  const storyId = /stories\/([0-9a-f-]{36})\/edit/.exec(page.url())![1]!;
  // Pre-filled from the answers, in the language they were written in.
  const draft = await (await secretariat.request.get(`/api/v1/stories/${storyId}?lng=ar`)).json();
  expect(draft.locale).toBe("ar");
  expect(draft.title.length).toBeGreaterThan(0);
  expect(draft.manage.responseId).toBe(response.id);

  await page.goto(`/en/stories/${storyId}`);
  await page.getByRole("button", { name: "Send for review" }).click();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("button", { name: "Archive (unpublish)" })).toBeVisible();
  await secretariat.close();

  // A reader in Spanish, not signed in: the story, in Arabic, with the notice and its language marked.
  const reader = await browser.newContext({ baseURL });
  const es = await reader.newPage();
  await es.goto(`/es/stories/${storyId}`);
  await expect(es.getByText(/se muestra en árabe/i)).toBeVisible();
  await expect(es.locator("h1[lang=ar]")).toHaveAttribute("dir", "rtl");
  // Found by its country, Egypt, among the published stories.
  await es.goto("/es/stories?country=EG");
  await expect(es.locator(`a[href="/es/stories/${storyId}"]`).first()).toBeVisible();
  await reader.close();
});
