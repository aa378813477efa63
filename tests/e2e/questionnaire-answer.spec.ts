import AxeBuilder from "@axe-core/playwright";
import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import { clientHeaders, signedInContext, signInByApi } from "./support/accounts";

/**
 * Answering the questionnaire as a focal point does it (docs/QUESTIONNAIRE.md): with JavaScript,
 * in English, the draft saves itself and the status says so, and a save by someone else stops it;
 * then Egypt's focal point fills round 2027 in Arabic with JavaScript off, adds an initiative and saves; a second
 * focal point of Egypt saves a change meanwhile; the first saves on the old version and gets the
 * conflict view (the other's change merged in, both answers where both changed), chooses and
 * saves; a submit with a required answer missing names it; the complete response is submitted and
 * its receipt shows the reference, and both focal points have it by email. The secretariat returns it (a comment is required) and, submitted again,
 * accepts it: each initiative links to "turn into a story". Peru's focal point is refused Egypt's response (403). Axe clean
 * at desktop and phone width on the form and on the conflict view.
 */
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];
const PASSWORD = "Aswan-granite-lantern-47";

/**
 * Axe runs as a script in the page, which a context with JavaScript off cannot do: the page as
 * the JavaScript-free browser received it (its scripts left out, so nothing re-renders it) is
 * checked in a second context, on the portal's origin so its stylesheets load.
 */
async function axeClean(page: Page, label: string) {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const context = await page.context().browser()!.newContext();
  const checker = await context.newPage();
  await checker.goto("/ar/questionnaire");
  await checker.setContent(html, { waitUntil: "load" });
  for (const viewport of VIEWPORTS) {
    await checker.setViewportSize(viewport);
    const results = await new AxeBuilder({ page: checker }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `${label} at ${viewport.width}px`).toEqual([]);
  }
  await context.close();
}

async function linkFromOutbox(browser: Browser, to: string, path: string): Promise<string> {
  const admin = await signedInContext(browser, "admin@demo.test");
  const page = await admin.newPage();
  await page.goto(`/en/admin/outbox?to=${encodeURIComponent(to)}`);
  await page.locator("details summary").first().click();
  const href = await page.locator(`details a[href*="${path}"]`).first().getAttribute("href");
  await admin.close();
  expect(href).toBeTruthy();
  return new URL(href!).pathname + new URL(href!).search;
}

/** A second focal point of Egypt: registered, verified from the outbox, given the role by the administrator. */
async function secondFocalPoint(browser: Browser, baseURL: string, name: string): Promise<string> {
  const email = `focal2.eg.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.org`;
  const context = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  const page = await context.newPage();
  await page.goto("/en/register");
  await page.locator('input[name="name"]').fill(name);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('input[name="organisation.name"]').fill("Egyptian Patent Office");
  await page.locator('select[name="organisation.type"]').selectOption("ip_office");
  await page.locator('select[name="organisation.country"]').selectOption("EG");
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole("status")).toBeVisible();
  await page.goto(await linkFromOutbox(browser, email, "/verify-email"));
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole("status")).toBeVisible();
  await context.close();
  const admin = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(admin, "admin@demo.test")).toBe(200);
  const { items } = await (await admin.get(`/api/v1/admin/users?q=${encodeURIComponent(email)}`)).json();
  const patched = await admin.patch(`/api/v1/admin/users/${items[0].id}`, { data: { roles: ["member", "focal_point"], focalPointCountry: "EG" } });
  expect(patched.status()).toBe(200);
  await admin.dispose();
  return email;
}

test("Egypt answers round 2027 in Arabic without JavaScript: conflict, missing answer named, submitted with a receipt; Peru is refused", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  const { items: rounds } = await (await api.get("/api/v1/questionnaire/rounds")).json();
  const round = rounds.find((r: { name: string }) => r.name === "2027");
  expect(round, "the seeded round 2027").toBeTruthy();
  const { definition } = await (await api.get(`/api/v1/questionnaire/rounds/${round.id}`)).json();
  type Q = { id: string; label: Record<string, string>; questions?: Q[] };
  const all: Q[] = definition.sections.flatMap((s: { questions: Q[] }) => s.questions.flatMap((q) => [q, ...(q.questions ?? [])]));
  const labelAr = (id: string) => all.find((q) => q.id === id)!.label.ar!;
  await api.dispose();
  const url = `/ar/questionnaire/${round.id}/EG`;

  // The second focal point of Egypt (JavaScript on, through the API for its save).
  const otherName = `منسق ثان ${Date.now().toString(36)}`;
  const otherEmail = await secondFocalPoint(browser, baseURL!, otherName);

  // 0. With JavaScript, the form saves itself about three seconds after the last change, and stops when someone else saved.
  {
    const js = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
    expect(await signInByApi(js.request, otherEmail, PASSWORD)).toBe(200);
    const p = await js.newPage();
    await p.goto(`/en/questionnaire/${round.id}/EG`);
    await p.locator('textarea[name="q.focal_points"]').fill("Amal Hassan, head of cooperation");
    await expect(p.locator("[data-autosave]")).toHaveText(/^Saved at \d{1,2}:\d{2}/, { timeout: 10_000 });
    const saved = await (await js.request.get(`/api/v1/questionnaire/rounds/${round.id}/responses/EG`)).json();
    expect(saved.answers.focal_points).toBe("Amal Hassan, head of cooperation");
    // Another save behind the page's back: the next autosave meets a conflict and says so.
    const again = await js.request.put(`/api/v1/questionnaire/rounds/${round.id}/responses/EG`, { data: { version: saved.version, answers: { ...saved.answers, focal_points: "Amal Hassan; Karim Said" } } });
    expect(again.status()).toBe(200);
    await p.locator('textarea[name="q.focal_points"]').fill("Amal Hassan, head of international cooperation");
    await expect(p.locator("[data-autosave]")).toHaveText("Someone else saved: press Save to see the differences.", { timeout: 10_000 });
    await js.close();
  }

  // 1. Egypt's focal point, JavaScript off, in Arabic: the overview leads to the form.
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(context.request, "focal.eg@demo.test")).toBe(200);
  const page = await context.newPage();
  await page.goto("/ar/questionnaire");
  await page.locator(`a[href="${url}"]`).click();
  await page.waitForURL(`**${url}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("مصر");
  await axeClean(page, url);

  await page.locator('input[name="q.office_name"]').fill("مكتب براءات الاختراع المصري");
  await page.locator('input[name="q.took_part"][value="yes"]').check();
  await expect(page.locator("#f-initiatives")).toContainText("أجب فقط إذا");
  await page.locator('button[name="intent"][value="add:initiatives"]').click();
  await page.waitForURL(/done=added/);
  await expect(page.locator('input[name="q.office_name"]')).toHaveValue("مكتب براءات الاختراع المصري");
  await page.locator('input[name="q.initiatives.0.title"]').fill("تدريب فاحصي البراءات في أفريقيا");
  await page.locator('input[name="q.initiatives.0.themes"][value="patents"]').check();
  await page.locator('textarea[name="q.initiatives.0.what_was_done"]').fill("دورات تدريبية مشتركة لفاحصي البراءات.");
  await page.locator('textarea[name="q.initiatives.0.results"]').fill("تدريب 40 فاحصًا.");
  await page.locator('input[name="q.initiatives.0.start_year"]').fill("2024");
  await page.locator('button[name="intent"][value="save"]').last().click();
  await page.waitForURL(/done=saved/);
  await expect(page.locator("section [role=status]")).toBeVisible();
  await expect(page.locator('input[name="q.initiatives.0.title"]')).toHaveValue("تدريب فاحصي البراءات في أفريقيا");
  await axeClean(page, `${url} (with an initiative)`);

  // 2. The second focal point saves a change meanwhile.
  const other = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(other, otherEmail, PASSWORD)).toBe(200);
  const seen = await (await other.get(`/api/v1/questionnaire/rounds/${round.id}/responses/EG`)).json();
  const theirs = { ...seen.answers, office_name: "المكتب المصري للبراءات", contact_email: "ipo@eg.example" };
  const put = await other.put(`/api/v1/questionnaire/rounds/${round.id}/responses/EG`, { data: { version: seen.version, answers: theirs } });
  expect(put.status()).toBe(200);

  // 3. The first saves on the old version: the conflict view.
  await page.locator('input[name="q.office_name"]').fill("مكتب البراءات - القاهرة");
  await page.locator('textarea[name="q.initiatives.0.results"]').fill("تدريب 45 فاحصًا في خمسة بلدان.");
  await page.locator('button[name="intent"][value="save"]').last().click();
  const notice = page.locator("form [role=alert]");
  await expect(notice).toContainText(otherName);
  await expect(notice).toContainText(labelAr("office_name"));
  // What only the other changed is taken, and marked; what both changed shows both, the person's own in the field.
  await expect(page.locator('input[name="q.contact_email"]')).toHaveValue("ipo@eg.example");
  await expect(page.locator("#f-contact_email-updated")).toContainText(otherName);
  await expect(page.locator('input[name="q.office_name"]')).toHaveValue("مكتب البراءات - القاهرة");
  await expect(page.locator("#f-office_name-theirs")).toContainText("المكتب المصري للبراءات");
  await expect(page.locator('input[name="resolve.office_name"][value="mine"]')).toBeChecked();
  await expect(page.locator('textarea[name="q.initiatives.0.results"]')).toHaveValue("تدريب 45 فاحصًا في خمسة بلدان.");
  await axeClean(page, `${url} (conflict view)`);
  await page.locator('input[name="resolve.office_name"][value="theirs"]').check();
  await page.locator('button[name="intent"][value="save"]').last().click();
  await page.waitForURL(/done=saved/);
  const merged = await (await other.get(`/api/v1/questionnaire/rounds/${round.id}/responses/EG`)).json();
  expect(merged.answers).toMatchObject({ office_name: "المكتب المصري للبراءات", contact_email: "ipo@eg.example", took_part: true });
  expect(merged.answers.initiatives[0]).toMatchObject({ title: "تدريب فاحصي البراءات في أفريقيا", results: "تدريب 45 فاحصًا في خمسة بلدان.", start_year: 2024 });
  await other.dispose();

  // 4. A submit with a required answer missing: named in the summary, what was typed kept.
  await page.locator('textarea[name="q.initiatives.0.results"]').fill("");
  await page.locator('textarea[name="q.initiatives.0.what_was_done"]').fill("دورات تدريبية مشتركة ومنح دراسية.");
  await page.locator('button[name="intent"][value="submit"]').click();
  const summary = page.locator("form [role=alert]");
  await expect(summary).toContainText(labelAr("results"));
  await expect(summary.locator('a[href="#f-initiatives-0-results"]')).toBeVisible();
  await expect(page.locator("#f-initiatives-0-results-error")).toBeVisible();
  await expect(page.locator('textarea[name="q.initiatives.0.what_was_done"]')).toHaveValue("دورات تدريبية مشتركة ومنح دراسية.");

  // 5. Complete and submit: the receipt with its reference.
  await page.locator('textarea[name="q.initiatives.0.results"]').fill("تدريب 45 فاحصًا في خمسة بلدان.");
  await page.locator('button[name="intent"][value="submit"]').click();
  await page.waitForURL(/\/receipt\?done=submitted/);
  await expect(page.locator("[data-reference]")).toHaveText(/^2027-EG-[0-9A-Z]{5}$/);
  const reference = (await page.locator("[data-reference]").textContent())!;
  await expect(page.locator("main")).toContainText("تدريب فاحصي البراءات في أفريقيا");
  // The receipt went to both of Egypt's focal points, each with the reference and a link to the receipt.
  {
    const admin = await signedInContext(browser, "admin@demo.test");
    const outbox = await admin.newPage();
    for (const to of ["focal.eg@demo.test", otherEmail]) {
      await outbox.goto(`/en/admin/outbox?to=${encodeURIComponent(to)}`);
      const email = outbox.getByRole("listitem").filter({ hasText: reference });
      await expect(email).toHaveCount(1);
      await expect(email.locator(`a[href$="/questionnaire/${round.id}/EG/receipt"]`)).toHaveCount(1);
    }
    await admin.close();
  }
  await page.goto(url);
  await expect(page.locator("[data-status]")).toHaveAttribute("data-status", "submitted");
  await expect(page.locator('input[name="q.office_name"]')).toHaveCount(0);
  await page.goto(`${url}/history`);
  await expect(page.locator("table")).toContainText(otherName);

  // 6. The secretariat returns it (a comment is needed), the focal point sees the comment and submits again; accepted, its initiatives can become stories.
  const secretariat = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(secretariat.request, "secretariat@demo.test")).toBe(200);
  const review = await secretariat.newPage();
  await review.goto(url);
  await review.getByRole("button", { name: "إعادة إلى البلد" }).click();
  await review.waitForURL(/refused=fixErrors&field=comment/);
  await expect(review.locator("section [role=alert]")).toContainText("اذكر سبب إعادة الرد");
  await review.locator('textarea[name="comment"]').fill("يرجى ذكر البلدان الشريكة.");
  await review.getByRole("button", { name: "إعادة إلى البلد" }).click();
  await review.waitForURL(/done=returned/);
  await page.goto(url);
  await expect(page.locator("main")).toContainText("يرجى ذكر البلدان الشريكة.");
  await page.locator('select[name="q.initiatives.0.partner_countries"]').selectOption(["KE", "SN"]);
  await page.locator('button[name="intent"][value="submit"]').click();
  await page.waitForURL(/\/receipt\?done=submitted/);
  await review.goto(url);
  await review.getByRole("button", { name: "قبول" }).click();
  await review.waitForURL(/done=accepted/);
  await expect(review.locator("[data-status]")).toHaveAttribute("data-status", "accepted");
  await expect(review.locator('a[href*="/ar/stories/new?response="][href$="&initiative=0"]')).toBeVisible();
  await secretariat.close();
  await context.close();

  // 7. Peru's focal point may not read Egypt's response.
  const peru = await browser.newContext({ extraHTTPHeaders: clientHeaders() });
  expect(await signInByApi(peru.request, "focal.pe@demo.test")).toBe(200);
  const refused = await (await peru.newPage()).goto(url);
  expect(refused?.status()).toBe(403);
  await peru.close();
});
