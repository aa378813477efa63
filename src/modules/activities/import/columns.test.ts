import { describe, expect, it } from "vitest";
import { activityInputSchema } from "../schemas";
import { rowToInput } from "./columns";

describe("rowToInput", () => {
  it("reads the template's lists, pairs and languages", () => {
    const input = rowToInput({
      external_ref: "IMP-1",
      title_ar: "ندوة وطنية",
      title_en: "National seminar",
      type: "national_seminar",
      ip_areas: "trademarks; geographical_indications",
      organising_unit: "Division for Arab Countries",
      start_date: "2024-05-02",
      end_date: "2024-05-03",
      venue_country: "jo",
      beneficiaries: "JO:30; PS:12",
      languages: "AR;en",
      funding_type: "funds_in_trust",
      funding_donor: "kr",
      experts: "Amina Haddad|eg; Li Wei",
      status: "completed",
      links: "Programme|https://example.org/p",
      online: "no",
    });
    expect(activityInputSchema.parse(input)).toMatchObject({
      title: { ar: "ندوة وطنية", en: "National seminar" },
      ipAreas: ["trademarks", "geographical_indications"],
      beneficiaries: [{ country: "JO", participants: 30 }, { country: "PS", participants: 12 }],
      languages: ["ar", "en"],
      fundingDonor: "KR",
      experts: [{ name: "Amina Haddad", country: "EG" }, { name: "Li Wei", country: null }],
      online: false,
    });
  });
});
