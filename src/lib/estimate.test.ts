import { describe, expect, it } from "vitest";
import { roundEstimate } from "./estimate";

describe("roundEstimate", () => {
  it("keeps two significant digits", () => {
    expect(roundEstimate(47_936)).toBe(48_000);
    expect(roundEstimate(812_544)).toBe(810_000);
    expect(roundEstimate(1_536)).toBe(1_500);
    expect(roundEstimate(104)).toBe(100);
    expect(roundEstimate(995)).toBe(1_000);
  });

  it("leaves counts under 100 as they are", () => {
    expect(roundEstimate(64)).toBe(64);
    expect(roundEstimate(8)).toBe(8);
    expect(roundEstimate(0)).toBe(0);
  });
});
