import { describe, expect, it } from "vitest";
import { modalityOf } from "./modality";

describe("modalityOf", () => {
  it("is South-South when providers and beneficiaries are all developing countries", () => {
    expect(modalityOf({ providers: ["developing"], beneficiaries: ["developing", "developing"], igoSupport: false })).toBe("south-south");
  });
  it("stays South-South when a developing country funds it", () => {
    expect(modalityOf({ providers: ["developing"], beneficiaries: ["developing"], donor: "developing", igoSupport: false })).toBe("south-south");
  });
  it("is triangular when a developed donor funds a South-South exchange", () => {
    expect(modalityOf({ providers: ["developing"], beneficiaries: ["developing"], donor: "developed", igoSupport: false })).toBe("triangular");
  });
  it("is triangular when an intergovernmental organisation supports it", () => {
    expect(modalityOf({ providers: ["developing"], beneficiaries: ["developing"], igoSupport: true })).toBe("triangular");
  });
  it("is North-South when a provider is from a developed country, whatever the funding", () => {
    expect(modalityOf({ providers: ["developing", "developed"], beneficiaries: ["developing"], igoSupport: true })).toBe("north-south");
  });
  it("is North-South when a beneficiary is not a developing country", () => {
    expect(modalityOf({ providers: ["developing"], beneficiaries: ["transition"], igoSupport: false })).toBe("north-south");
  });
  it("is North-South without recorded providers or beneficiaries", () => {
    expect(modalityOf({ providers: [], beneficiaries: ["developing"], igoSupport: false })).toBe("north-south");
    expect(modalityOf({ providers: ["developing"], beneficiaries: [], igoSupport: false })).toBe("north-south");
  });
});
