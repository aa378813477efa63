import { describe, expect, it } from "vitest";
import { matchInputSchema } from "./schemas";
import { formToMatchInput, partyRowsOf } from "./match-form";

describe("formToMatchInput", () => {
  it("reads titles per locale, the non-empty party rows and the activity ids", () => {
    const form = new URLSearchParams({
      supportType: "technical",
      title_en: "GI registry for Egypt",
      title_ar: "سجل المؤشرات الجغرافية",
      startsOn: "2026-03-01",
      isPublic: "on",
      party0_role: "beneficiary",
      party0_listing: "11111111-1111-4111-8111-111111111111",
      party2_role: "funder",
      party2_organisation: "Agence",
      party2_type: "donor",
      party2_country: "fr",
      party1_role: "provider",
      activityIds: "22222222-2222-4222-8222-222222222222, 33333333-3333-4333-8333-333333333333",
    });
    const input = formToMatchInput(form);
    expect(input).toMatchObject({
      title: { en: "GI registry for Egypt", ar: "سجل المؤشرات الجغرافية" },
      isPublic: true,
      parties: [
        { role: "beneficiary", listingId: "11111111-1111-4111-8111-111111111111", consultantId: null, organisation: "" },
        { role: "funder", organisation: "Agence", organisationType: "donor", country: "FR" },
      ],
      activityIds: ["22222222-2222-4222-8222-222222222222", "33333333-3333-4333-8333-333333333333"],
    });
    expect(partyRowsOf(form)).toEqual([0, 2]);
    expect(matchInputSchema.safeParse(input).success).toBe(true);
    // One party alone: the schema says what is missing.
    const alone = matchInputSchema.safeParse(formToMatchInput(new URLSearchParams({ supportType: "technical", title_en: "x", startsOn: "2026-03-01", party0_role: "beneficiary", party0_organisation: "KIPI" })));
    expect(alone.error!.issues.map((i) => i.message).sort()).toEqual(["provider_required", "two_parties_required"]);
  });
});
