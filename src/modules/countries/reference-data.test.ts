import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { buildCountryRecords, buildRegionRecords } from "./reference-data";

const countries = buildCountryRecords();
const byIso2 = new Map(countries.map((c) => [c.iso2, c]));

describe("country reference data", () => {
  it("holds the 193 UN member states and the 2 observer states", () => {
    expect(countries).toHaveLength(195);
    expect(countries.filter((c) => c.unMembership === "member")).toHaveLength(193);
    expect(countries.filter((c) => c.unMembership === "observer").map((c) => c.iso2).sort()).toEqual(["PS", "VA"]);
  });

  it("lists the 44 LDCs of December 2024, without Bhutan or São Tomé and Príncipe", () => {
    expect(countries.filter((c) => c.ldc)).toHaveLength(44);
    expect(byIso2.get("BT")?.ldc).toBe(false);
    expect(byIso2.get("ST")?.ldc).toBe(false);
    expect(byIso2.get("VU")?.ldc).toBe(false);
    for (const iso2 of ["AF", "HT", "TV", "ET", "YE"]) expect(byIso2.get(iso2)?.ldc).toBe(true);
  });

  it("flags 32 LLDCs and the SIDS", () => {
    expect(countries.filter((c) => c.lldc)).toHaveLength(32);
    expect(byIso2.get("BO")?.lldc).toBe(true);
    expect(byIso2.get("MV")?.sids).toBe(true);
    expect(byIso2.get("EG")?.sids).toBe(false);
  });

  it("classifies development status per UN DESA", () => {
    expect(byIso2.get("FR")?.developmentStatus).toBe("developed");
    expect(byIso2.get("JP")?.developmentStatus).toBe("developed");
    expect(byIso2.get("RU")?.developmentStatus).toBe("transition");
    expect(byIso2.get("EG")?.developmentStatus).toBe("developing");
    expect(byIso2.get("KR")?.developmentStatus).toBe("developing");
    // Every LDC is a developing country.
    expect(countries.filter((c) => c.ldc && c.developmentStatus !== "developing")).toEqual([]);
  });

  it("has unique codes and a complete M49 hierarchy", () => {
    expect(new Set(countries.map((c) => c.iso3)).size).toBe(195);
    expect(new Set(countries.map((c) => c.m49)).size).toBe(195);
    const regions = new Map(buildRegionRecords().map((r) => [r.code, r]));
    for (const c of countries) {
      expect(regions.get(c.regionCode)?.level).toBe("region");
      expect(regions.get(c.subregionCode)?.level).toBe("subregion");
    }
    expect(byIso2.get("PE")).toMatchObject({ m49: "604", iso3: "PER", regionCode: "019", subregionCode: "419", intermediateCode: "005" });
    expect(byIso2.get("EG")).toMatchObject({ m49: "818", regionCode: "002", subregionCode: "015" });
  });

  it("names every country in all seven locales from CLDR", () => {
    for (const c of countries) {
      for (const lng of LOCALES) {
        expect(c.names[lng], `${c.iso2} in ${lng}`).toBeTruthy();
        expect(c.names[lng], `${c.iso2} in ${lng}`).not.toBe(c.iso2);
      }
    }
    expect(byIso2.get("EG")?.names).toMatchObject({ ar: "مصر", zh: "埃及", fr: "Égypte", ru: "Египет" });
  });
});
