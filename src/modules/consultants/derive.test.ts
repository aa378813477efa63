import { describe, expect, it } from "vitest";
import type { CountryFacts } from "@/modules/countries/server";
import { deriveConsultantFacts, tsvectorText } from "./derive";
import { queryTokens } from "@/lib/search-text";

const facts = new Map<string, CountryFacts>([
  ["ET", { developmentStatus: "developing", ldc: true, regions: ["002", "202", "014"] }],
  ["EG", { developmentStatus: "developing", ldc: false, regions: ["002", "015"] }],
  ["FR", { developmentStatus: "developed", ldc: false, regions: ["150", "155"] }],
]);
const labels = { patent_examination: ["Patent examination", "Examen des brevets", "专利审查"] } as unknown as Parameters<typeof deriveConsultantFacts>[2];
const base = { latinName: null, organisation: "Office", position: "", skills: [], bio: {}, languages: [] } as const;
const derive = (over: Partial<Parameters<typeof deriveConsultantFacts>[0]>) =>
  deriveConsultantFacts({ ...base, fullName: "X", nationalities: ["ET"], ...over, skills: [...(over.skills ?? [])], languages: [...(over.languages ?? [])] }, facts, labels);
const finds = (tokens: string[], query: string) => queryTokens(query).every((t) => tokens.includes(t));

describe("deriveConsultantFacts", () => {
  it("derives nationality regions and statuses, ldc included", () => {
    const d = derive({ nationalities: ["FR", "ET", "ET"] });
    expect(d.nationalities).toEqual(["ET", "FR"]);
    expect(d.nationalityRegions).toEqual(["002", "014", "150", "155", "202"]);
    expect(d.nationalityStatuses).toEqual(["developed", "developing", "ldc"]);
  });

  it("indexes the name as written and transliterated, skills in every locale and the bio", () => {
    const d = derive({ fullName: "አበበ ታደሰ", latinName: "Abebe Tadesse", skills: ["patent_examination"], bio: { en: "Expert in geographical indications", fr: "" } });
    expect(finds(d.searchTokens, "abebe")).toBe(true);
    expect(finds(d.searchTokens, "አበበ")).toBe(true);
    expect(finds(d.searchTokens, "examen des brevets")).toBe(true);
    expect(finds(d.searchTokens, "专利审查")).toBe(true);
    expect(finds(d.searchTokens, "geographical indications")).toBe(true);
    expect(finds(d.searchTokens, "trademarks")).toBe(false);
    expect(d.bioLocales).toEqual(["en"]);
  });

  it("finds Arabic names without their hamza or diacritics, and Latin ones without accents", () => {
    expect(finds(derive({ fullName: "أحمد الحدّاد" }).searchTokens, "احمد الحداد")).toBe(true);
    expect(finds(derive({ fullName: "José Pérez" }).searchTokens, "jose perez")).toBe(true);
  });

  it("finds a Chinese name by its family name alone", () => {
    const d = derive({ fullName: "王芳", latinName: "Wang Fang" });
    expect(finds(d.searchTokens, "王")).toBe(true);
    expect(finds(d.searchTokens, "王芳")).toBe(true);
    expect(finds(d.nameTokens, "wang")).toBe(true);
  });

  it("weights name tokens A in the tsvector", () => {
    const d = derive({ fullName: "Amina Diallo", bio: { en: "trainer" } });
    const vector = tsvectorText(d.searchTokens, d.nameTokens);
    expect(vector).toMatch(/'amina':\d+A/);
    expect(vector).toMatch(/'trainer':\d+( |$)/);
  });
});
