import { describe, expect, it } from "vitest";
import type { CountryFacts } from "@/modules/countries/server";
import { deriveStoryFacts, tsvectorText } from "./derive";
import { storyInputSchema } from "./schemas";

const facts = new Map<string, CountryFacts>([
  ["KE", { developmentStatus: "developing", ldc: false, regions: ["002", "202", "014"] }],
  ["ET", { developmentStatus: "developing", ldc: true, regions: ["002", "202", "014"] }],
  ["BR", { developmentStatus: "developing", ldc: false, regions: ["019", "419", "005"] }],
  ["JP", { developmentStatus: "developed", ldc: false, regions: ["142", "030"] }],
]);
const input = (over: Record<string, unknown> = {}) =>
  storyInputSchema.parse({ sourceLocale: "en", title: { en: "Coffee GI", fr: "IG du café" }, summary: { en: "Kenya and Ethiopia" }, body: { en: "Body **text**" }, countries: ["KE", "ET"], partnerCountries: ["BR"], ...over });

describe("deriveStoryFacts", () => {
  it("computes the modality by IP-TAD's rule", () => {
    expect(deriveStoryFacts(input(), facts).modality).toBe("south-south");
    expect(deriveStoryFacts(input({ igoSupport: true }), facts).modality).toBe("triangular");
    expect(deriveStoryFacts(input({ donorCountry: "JP" }), facts).modality).toBe("triangular");
    expect(deriveStoryFacts(input({ donorCountry: "BR" }), facts).modality).toBe("south-south");
    expect(deriveStoryFacts(input({ partnerCountries: ["JP"] }), facts).modality).toBe("north-south");
    expect(deriveStoryFacts(input({ partnerCountries: [] }), facts).modality).toBe("north-south");
  });

  it("derives places and statuses from countries and partner countries", () => {
    const d = deriveStoryFacts(input(), facts);
    expect(d.placeRegions).toEqual(["002", "005", "014", "019", "202", "419"]);
    expect(d.placeStatuses).toEqual(["developing", "ldc"]);
  });

  it("indexes every language, the title weighted", () => {
    const d = deriveStoryFacts(input(), facts);
    expect(d.searchTokens).toEqual(expect.arrayContaining(["coffee", "cafe", "kenya", "text"]));
    expect(tsvectorText(d.searchTokens, d.titleTokens)).toContain("'coffee':1A");
  });

  it("puts the source language first among the complete ones", () => {
    expect(deriveStoryFacts(input({ completeLocales: ["fr", "en"], summary: { en: "s", fr: "s" }, body: { en: "b", fr: "b" } }), facts).completeLocales).toEqual(["en", "fr"]);
  });
});

describe("storyInputSchema", () => {
  it("names the field of each problem", () => {
    const r = storyInputSchema.safeParse({ sourceLocale: "fr", title: { en: "x" }, summary: { fr: "s" }, body: { fr: "b" }, completeLocales: ["en"], themes: ["nope"], periodStart: 2020, periodEnd: 2019 });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(issues).toEqual(expect.arrayContaining(["themes.0:invalid_choice"]));
  });

  it("wants the source text and complete translations", () => {
    const r = storyInputSchema.safeParse({ sourceLocale: "fr", title: { en: "x" }, summary: { fr: "s" }, body: { fr: "b" }, completeLocales: ["en"], periodStart: 2020, periodEnd: 2019 });
    const issues = r.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(issues.sort()).toEqual(["completeLocales.0:incomplete_translation", "periodEnd:before_start", "title.fr:source_text_required"]);
  });
});
