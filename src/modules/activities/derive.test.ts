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

  it("takes the providers from the assigned consultants' nationalities where there are any", () => {
    const japaneseExpertOnly = { ...base, beneficiaries: [{ country: "ET", participants: 10 }], experts: [{ name: "B", country: "JP" }] };
    expect(deriveFacts(japaneseExpertOnly, facts).modality).toBe("north-south");
    // An Egyptian roster consultant assigned to an activity in Ethiopia: South-South.
    expect(deriveFacts({ ...japaneseExpertOnly, assignedNationalities: [["EG"]] }, facts).modality).toBe("south-south");
    // One of several nationalities from the South makes a Southern expert; a developed one alone does not.
    expect(deriveFacts({ ...japaneseExpertOnly, assignedNationalities: [["JP", "EG"]] }, facts).modality).toBe("south-south");
    expect(deriveFacts({ ...japaneseExpertOnly, assignedNationalities: [["EG"], ["JP"]] }, facts).modality).toBe("north-south");
    // No assigned consultant with a nationality: the free-text experts count again.
    expect(deriveFacts({ ...japaneseExpertOnly, assignedNationalities: [[]] }, facts).modality).toBe("north-south");
    expect(deriveFacts({ ...base, experts: [], assignedNationalities: [["ET"]], fundingDonor: "JP" }, facts).modality).toBe("triangular");
  });
});
