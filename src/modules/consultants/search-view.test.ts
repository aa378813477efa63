import { describe, expect, it } from "vitest";
import { hasAnyFilter, isSouthernCountry, shareOf, southFirstApplies } from "./search-view";

const p = (s: string) => new URLSearchParams(s);

describe("hasAnyFilter", () => {
  it.each(["", "sort=confirmed", "q=", "q=%20%20", "all=1", "lng=fr&sort=assignments"])("%s is no filter", (s) => {
    expect(hasAnyFilter(p(s))).toBe(false);
  });
  it.each(["q=patent", "skill=ip_valuation", "status=ldc", "servedIn=ET", "includeStale=true", "cursor=abc", "region=002&sort=confirmed"])("%s is a filter", (s) => {
    expect(hasAnyFilter(p(s))).toBe(true);
  });
});

describe("southFirstApplies", () => {
  it("applies to a southern reader on the bare search only", () => {
    expect(southFirstApplies(p(""), "KE")).toBe(true);
    expect(southFirstApplies(p("sort=confirmed&q="), "KE")).toBe(true);
    expect(southFirstApplies(p("q=patent"), "KE")).toBe(false);
    expect(southFirstApplies(p("nationality=FR"), "KE")).toBe(false);
  });
  it("never for visitors or other readers, and not once everyone was asked for", () => {
    expect(southFirstApplies(p(""), null)).toBe(false);
    expect(southFirstApplies(p("all=1"), "KE")).toBe(false);
  });
});

describe("isSouthernCountry", () => {
  it("is a developing country or an LDC", () => {
    expect(isSouthernCountry({ developmentStatus: "developing", ldc: false })).toBe(true);
    expect(isSouthernCountry({ developmentStatus: "developing", ldc: true })).toBe(true);
    expect(isSouthernCountry({ developmentStatus: "developed", ldc: false })).toBe(false);
    expect(isSouthernCountry({ developmentStatus: "transition", ldc: false })).toBe(false);
    expect(isSouthernCountry(undefined)).toBe(false);
  });
});

describe("shareOf", () => {
  it("is a share, or null without a total", () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(0, 0)).toBeNull();
  });
});
