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
});
