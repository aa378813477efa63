import { describe, expect, it } from "vitest";
import type { CountryFacts } from "@/modules/countries/server";
import { deriveListingFacts, distinctive, tsvectorText } from "./derive";

const facts = new Map<string, CountryFacts>([
  ["ET", { developmentStatus: "developing", ldc: true, regions: ["002", "202", "014"] }],
  ["PE", { developmentStatus: "developing", ldc: false, regions: ["019", "419", "005"] }],
]);

describe("deriveListingFacts", () => {
  it("derives the places' regions and statuses, the written locales and the tokens", () => {
    const d = deriveListingFacts(
      {
        title: { en: "Set up a GI registry for coffee", ar: "إنشاء سجل للمؤشرات الجغرافية" },
        description: { en: "Help the office of Ethiopia", fr: "" },
        organisation: "EIPA",
        countries: ["ET", "PE"],
        regions: ["142"],
      },
      facts,
    );
    expect(d.placeRegions).toEqual(["002", "005", "014", "019", "142", "202", "419"]);
    expect(d.placeStatuses).toEqual(["developing", "ldc"]);
    expect(d.textLocales).toEqual(["ar", "en"]);
    expect(d.searchTokens).toEqual(expect.arrayContaining(["registry", "coffee", "eipa", "ethiopia", "سجل"]));
    // Grammar words of under four letters are not compared; content words are.
    expect(d.titleTokens).toEqual(expect.arrayContaining(["registry", "coffee", "الجغرافيه"]));
    expect(d.titleTokens).not.toContain("for");
    expect(d.titleTokens).not.toContain("gi");
  });

  it("keeps CJK bigrams as distinctive and weights title tokens", () => {
    expect(distinctive("地理")).toBe(true);
    expect(distinctive("de")).toBe(false);
    expect(tsvectorText(["gi", "coffee"], ["coffee"])).toBe("'gi':1 'coffee':2A");
  });
});
