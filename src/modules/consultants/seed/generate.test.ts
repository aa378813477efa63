import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { consultantProfileInputSchema } from "../schemas";
import { generateConsultant, type ConsultantSeedWorld, type SeedCountry } from "./generate";

const label = new Proxy({}, { get: (_, k) => String(k).replace(/_/g, " ") });
const labels = Object.fromEntries(LOCALES.map((l) => [l, label])) as never;
const names = (en: string): Record<Locale, string> => Object.fromEntries(LOCALES.map((l) => [l, en])) as Record<Locale, string>;
const country = (iso2: string, status: SeedCountry["developmentStatus"], ldc: boolean, regionCode: string, subregionCode: string): SeedCountry => ({
  iso2, developmentStatus: status, ldc, regionCode, subregionCode, names: names(iso2),
});
const world: ConsultantSeedWorld = {
  today: "2026-12-01",
  labels: { skills: labels, ipAreas: labels },
  countries: [
    country("ET", "developing", true, "002", "202"), country("EG", "developing", false, "002", "015"), country("CN", "developing", false, "142", "030"),
    country("NP", "developing", true, "142", "034"), country("PE", "developing", false, "019", "419"), country("SN", "developing", true, "002", "202"),
    country("KZ", "transition", false, "142", "143"), country("BD", "developing", true, "142", "034"), country("FR", "developed", false, "150", "155"),
  ],
  activities: Array.from({ length: 40 }, (_, k) => ({
    id: `00000000-0000-4000-8000-${String(k).padStart(12, "0")}`, startDate: "2024-05-01", endDate: "2024-05-03", regionCode: k % 2 ? "002" : "142",
  })),
};
const many = Array.from({ length: 600 }, (_, i) => generateConsultant(world, 3, i));

describe("generateConsultant", () => {
  it("is deterministic for a world, seed and index", () => {
    expect(generateConsultant(world, 7, 11)).toEqual(generateConsultant(world, 7, 11));
    expect(generateConsultant(world, 7, 11)).not.toEqual(generateConsultant(world, 8, 11));
    expect(generateConsultant(world, 7, 11).record.id).not.toBe(generateConsultant(world, 7, 12).record.id);
  });

  it("makes profiles the input schema accepts", () => {
    for (const { record } of many) {
      const parsed = consultantProfileInputSchema.safeParse(record);
      expect(parsed.success, `${record.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it("writes names in the script of the nationality, with a Latin transliteration", () => {
    const byNationality = (c: string) => many.map((g) => g.record).filter((r) => r.nationalities[0] === c);
    const scripts: [string, RegExp][] = [["ET", /\p{Script=Ethiopic}/u], ["EG", /\p{Script=Arabic}/u], ["CN", /^\p{Script=Han}+$/u], ["NP", /\p{Script=Devanagari}/u], ["KZ", /\p{Script=Cyrillic}/u], ["BD", /\p{Script=Bengali}/u]];
    for (const [c, script] of scripts) {
      const rs = byNationality(c);
      expect(rs.length, c).toBeGreaterThan(0);
      for (const r of rs) {
        expect(r.fullName, c).toMatch(script);
        expect(r.latinName, c).toMatch(/^[A-Za-z' -]+$/);
      }
    }
    for (const r of byNationality("PE")) {
      expect(r.fullName).toMatch(/^\p{Script=Latin}[\p{Script=Latin} -]+$/u);
      expect(r.latinName).toBeNull();
    }
  });

  it("draws nationalities mostly from developing countries and LDCs", () => {
    const south = new Set(world.countries.filter((c) => c.developmentStatus === "developing").map((c) => c.iso2));
    const share = many.filter((g) => south.has(g.record.nationalities[0]!)).length / many.length;
    expect(share).toBeGreaterThan(0.85);
  });

  it("links only approved profiles to existing activities, about three times each", () => {
    const ids = new Set(world.activities.map((a) => a.id));
    const links = many.flatMap((g) => g.assignments);
    expect(links.every((a) => ids.has(a.activityId))).toBe(true);
    expect(many.filter((g) => g.record.status !== "approved").every((g) => g.assignments.length === 0)).toBe(true);
    expect(new Set(links.map((a) => a.id)).size).toBe(links.length);
    for (const g of many) expect(new Set(g.assignments.map((a) => a.activityId)).size).toBe(g.assignments.length);
    expect(links.length / many.length).toBeGreaterThan(2.4);
    expect(links.length / many.length).toBeLessThan(3.6);
  });

  it("dates confirmations relative to the world's day, some of them stale", () => {
    const days = many.map((g) => g.record.lastConfirmedAt.slice(0, 10));
    expect(days.every((d) => d <= "2026-12-01")).toBe(true);
    const stale = days.filter((d) => d < "2024-12-01").length / days.length;
    expect(stale).toBeGreaterThan(0.03);
    expect(stale).toBeLessThan(0.2);
  });
});
