import { describe, expect, it } from "vitest";
import { activityInputSchema } from "../schemas";
import { rowToInput } from "./columns";
import { activityToRow } from "./to-row";

describe("activityToRow", () => {
  it("round-trips through rowToInput", () => {
    const input = activityInputSchema.parse({
      externalRef: "R-1",
      title: { ar: "ندوة", en: "Seminar" },
      description: { en: "Text" },
      type: "national_seminar",
      ipAreas: ["trademarks", "patents"],
      organisingUnit: "Academy",
      startDate: "2024-01-02",
      endDate: "2024-01-03",
      venueCountry: "EG",
      beneficiaries: [{ country: "EG", participants: 4 }],
      languages: ["ar"],
      fundingType: "partner",
      fundingPartner: "ARIPO",
      partners: ["ARIPO"],
      igoSupport: true,
      experts: [{ name: "A", country: "MA" }, { name: "B" }],
      status: "planned",
      links: [{ label: "Programme", url: "https://example.org/x" }],
    });
    const back = activityInputSchema.parse(rowToInput(activityToRow({ ...input, externalRef: input.externalRef ?? null, venueCity: null, venueCountry: "EG", fundingDonor: null, fundingPartner: "ARIPO", experts: input.experts.map((e) => ({ name: e.name, country: e.country ?? null })) })));
    // Optional fields come back as explicit nulls, which the schema treats the same as absent.
    expect(back).toMatchObject({ ...input, experts: [{ name: "A", country: "MA" }, { name: "B", country: null }] });
  });

  it("keeps ; | and \\ inside partners, expert names and link labels (editing form reload)", () => {
    const input = activityInputSchema.parse({
      title: { en: "Seminar" },
      type: "national_seminar",
      ipAreas: ["patents"],
      organisingUnit: "Academy",
      startDate: "2024-01-02",
      endDate: "2024-01-03",
      beneficiaries: [{ country: "EG", participants: 4 }],
      fundingType: "regular_budget",
      partners: ["Ministry of Trade; Industry", "A | B"],
      experts: [{ name: "Pérez; Ana | PE", country: "PE" }],
      status: "planned",
      links: [{ label: "Report; part 1 | annex \\ 2", url: "https://example.org/r?a=1;b=2" }],
    });
    const row = activityToRow({ ...input, externalRef: null, venueCity: null, venueCountry: null, fundingDonor: null, fundingPartner: null, experts: input.experts.map((e) => ({ name: e.name, country: e.country ?? null })) });
    const back = activityInputSchema.parse(rowToInput(row));
    expect(back.partners).toEqual(input.partners);
    expect(back.experts).toEqual([{ name: "Pérez; Ana | PE", country: "PE" }]);
    expect(back.links).toEqual(input.links);
  });
});
