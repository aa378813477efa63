import { describe, expect, it } from "vitest";
import { roundEstimate } from "./estimate";

describe("roundEstimate", () => {
  it("keeps two significant digits above 100", () => {
    expect(roundEstimate(47_936)).toBe(48_000);
    expect(roundEstimate(1_249)).toBe(1_200);
    expect(roundEstimate(99)).toBe(99);
    expect(roundEstimate(100)).toBe(100);
    expect(roundEstimate(156)).toBe(160);
  });
});
