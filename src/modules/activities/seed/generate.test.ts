import { describe, expect, it } from "vitest";
import { generateActivity, type SeedWorld } from "./generate";

const names = (en: string, zh: string) => ({ en, fr: en, es: en, ar: en, zh });
const label = (k: string) => k.replace(/_/g, " ");
const labels = Object.fromEntries(["en", "fr", "es", "ar", "zh"].map((l) => [l, new Proxy({}, { get: (_, k) => label(String(k)) })]));
const world: SeedWorld = {
  labels: { types: labels as never, ipAreas: labels as never },
  countries: [
    { iso2: "ET", developmentStatus: "developing", ldc: true, regionCode: "002", subregionCode: "202", neighbourhood: "014", names: names("Ethiopia", "埃塞俄比亚") },
    { iso2: "KE", developmentStatus: "developing", ldc: false, regionCode: "002", subregionCode: "202", neighbourhood: "014", names: names("Kenya", "肯尼亚") },
    { iso2: "CN", developmentStatus: "developing", ldc: false, regionCode: "142", subregionCode: "030", neighbourhood: "030", names: names("China", "中国") },
    { iso2: "JP", developmentStatus: "developed", ldc: false, regionCode: "142", subregionCode: "030", neighbourhood: "030", names: names("Japan", "日本") },
  ],
};

describe("generateActivity", () => {
  it("is deterministic for a seed and index", () => {
    expect(generateActivity(world, 42, 17)).toEqual(generateActivity(world, 42, 17));
    expect(generateActivity(world, 42, 17)).not.toEqual(generateActivity(world, 43, 17));
  });

  it("makes consistent records", () => {
    for (let i = 0; i < 300; i++) {
      const a = generateActivity(world, 1, i);
      expect(a.endDate >= a.startDate).toBe(true);
      expect(a.beneficiaries.length).toBeGreaterThan(0);
      expect(Object.keys(a.title).length).toBeGreaterThan(0);
      for (const [lng, text] of Object.entries(a.title)) {
        expect(text).toBeTruthy();
        expect(a.description[lng as "en"], `${i} ${lng}`).toBeTruthy();
      }
      if (a.fundingType === "funds_in_trust") expect(a.fundingDonor).toMatch(/^[A-Z]{2}$/);
      if (a.online) expect(a.venueCountry).toBeNull();
      expect(a.status === "planned").toBe(a.endDate >= "2026-11-24");
    }
  });

  it("writes Chinese titles for activities in China", () => {
    const chinese = Array.from({ length: 400 }, (_, i) => generateActivity(world, 5, i)).filter((a) => a.beneficiaries[0]!.country === "CN");
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese.every((a) => a.title.zh?.startsWith("关于"))).toBe(true);
  });
});
