import { describe, expect, it } from "vitest";
import type { CountryFacts } from "@/modules/countries/server";
import { deriveFacts } from "./derive";

const facts = new Map<string, CountryFacts>([
  ["ET", { developmentStatus: "developing", ldc: true, regions: ["002", "202", "014"] }],
  ["EG", { developmentStatus: "developing", ldc: false, regions: ["002", "015"] }],
  ["JP", { developmentStatus: "developed", ldc: false, regions: ["142", "030"] }],
]);

describe("deriveFacts", () => {
  const base = {
    title: { en: "National seminar on geographical indications", ar: "ندوة وطنية" },
    description: { en: "Coffee origins." },
    startDate: "2023-05-10",
    beneficiaries: [
      { country: "ET", participants: 40 },
      { country: "EG", participants: 12 },
    ],
    experts: [{ name: "A. Expert", country: "EG" }],
    igoSupport: false,
  };

  it("derives year, facets, participants and modality", () => {
    const d = deriveFacts(base, facts);
    expect(d).toMatchObject({
      year: 2023,
      contentLocales: ["ar", "en"],
      beneficiaryCountries: ["EG", "ET"],
      beneficiaryRegions: ["002", "014", "015", "202"],
      beneficiaryStatuses: ["developing", "ldc"],
      totalParticipants: 52,
      modality: "south-south",
    });
    expect(d.searchTokens).toEqual(expect.arrayContaining(["geographical", "coffee", "ندوه"]));
  });

  it("is triangular with a developed donor, North-South with a developed expert", () => {
    expect(deriveFacts({ ...base, fundingDonor: "JP" }, facts).modality).toBe("triangular");
    expect(deriveFacts({ ...base, experts: [{ name: "B", country: "JP" }] }, facts).modality).toBe("north-south");
  });
});
