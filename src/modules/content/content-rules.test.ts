import { describe, expect, it } from "vitest";
import { diffCopies } from "./revision-diff";
import { contentCopySchema, type ContentCopy } from "./schemas";
import { contentStepResult, contentStepsFrom } from "./state-machine";
import { nextLocaleRevisions, translationStatus } from "./translation-status";
import { contentLocale, hrefOf, viewOf } from "./view";

const page = (over: Record<string, unknown> = {}): ContentCopy =>
  contentCopySchema.parse({
    kind: "page",
    sourceLocale: "en",
    template: "standard",
    slug: { en: "what-is-south-south", ar: "ما-هو-التعاون" },
    title: { en: "What it is", ar: "ما هو" },
    summary: { en: "Summary", ar: "ملخص" },
    body: { en: "Body **text**", ar: "نص" },
    ...over,
  });

describe("the content copy", () => {
  it("accepts a complete page and fills the other kinds' fields empty", () => {
    const c = page();
    expect(c.documentIds).toEqual([]);
    expect(c.startsAt).toBeNull();
  });

  it("names each missing or wrong field", () => {
    const r = contentCopySchema.safeParse({ kind: "event", sourceLocale: "fr", title: { fr: "Atelier" }, summary: {}, body: { fr: "x" }, slug: { fr: "a b" }, startsAt: "2027-01-02T09:00:00Z", endsAt: "2027-01-01T09:00:00Z", timeZone: "Mars/Olympus" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(["slug.fr:invalid_slug", "summary.fr:source_text_required", "timeZone:invalid_time_zone", "endsAt:before_start", "place.fr:required"]));
  });

  it("refuses control characters and non-https links", () => {
    const r = contentCopySchema.safeParse({ ...page(), body: { en: "b\u0000" }, kind: "document", documentType: "report", date: "2013-05-14", url: "http://example.org/x.pdf" });
    expect(r.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(["body.en:control_characters", "url:invalid_url"]);
  });

  it("refuses a language's text without its title, and a document with neither file nor link", () => {
    const r = contentCopySchema.safeParse({ ...page(), summary: { en: "s", ru: "только резюме" }, kind: "document", documentType: "report", date: "2013-05-14" });
    expect(r.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(expect.arrayContaining(["title.ru:required", "url:file_or_url_required"]));
  });
});

describe("the content state machine", () => {
  it("publishes from draft and again from published, unpublishes only what is published", () => {
    expect(contentStepResult("publish", { status: "draft", scheduled: false })).toBe("published");
    expect(contentStepResult("publish", { status: "published", scheduled: false })).toBe("published");
    expect(contentStepResult("unpublish", { status: "draft", scheduled: false })).toBeNull();
    expect(contentStepResult("cancel_schedule", { status: "draft", scheduled: false })).toBeNull();
    expect(contentStepResult("cancel_schedule", { status: "published", scheduled: true })).toBe("published");
  });

  it("offers publishing only when readers would see something new", () => {
    expect(contentStepsFrom({ status: "published", scheduled: false, pendingChanges: false })).toEqual(["unpublish"]);
    expect(contentStepsFrom({ status: "published", scheduled: true, pendingChanges: true })).toEqual(["publish", "schedule", "unpublish", "cancel_schedule"]);
    expect(contentStepsFrom({ status: "draft", scheduled: false, pendingChanges: false })).toEqual(["publish", "schedule"]);
  });
});

describe("translation status", () => {
  it("marks a locale outdated when the source changed after it, missing when a text is empty", () => {
    const first = page();
    const r1 = nextLocaleRevisions(null, first, {}, 1);
    expect(r1).toEqual({ en: 1, ar: 1 });
    expect(translationStatus(first, r1)).toMatchObject({ en: "source", ar: "current", fr: "missing" });
    const second = page({ body: { en: "Body changed", ar: "نص" } });
    const r2 = nextLocaleRevisions(first, second, r1, 2);
    expect(r2).toEqual({ en: 2, ar: 1 });
    expect(translationStatus(second, r2).ar).toBe("outdated");
    const third = page({ body: { en: "Body changed", ar: "نص محدث" } });
    expect(translationStatus(third, nextLocaleRevisions(second, third, r2, 3)).ar).toBe("current");
  });
});

describe("revision diff", () => {
  it("lists only the changed fields, word by word", () => {
    const d = diffCopies(page(), page({ title: { en: "What it really is", ar: "ما هو" }, order: 3 }));
    expect(d.map((f) => f.field)).toEqual(["title.en", "order"]);
    expect(d[0]!.parts.filter((p) => p.change === "added").map((p) => p.text.trim())).toEqual(["really"]);
  });
});

describe("the reader's view", () => {
  it("falls back to the source language as a whole and links each language's slug", () => {
    const c = page();
    expect(contentLocale(c, "ar")).toBe("ar");
    const fr = viewOf("00000000-0000-4000-8000-000000000001", c, "fr");
    expect(fr).toMatchObject({ locale: "en", fallback: true, title: "What it is", locales: ["ar", "en"] });
    expect(fr.bodyHtml).toContain("<strong>text</strong>");
    expect(fr.href).toBe("/fr/south-south/what-is-south-south");
    expect(hrefOf(c, "x", "ar")).toBe(`/ar/south-south/${encodeURIComponent("ما-هو-التعاون")}`);
  });
});
