import { describe, expect, it } from "vitest";
import { consultantProfileInputSchema, consultantsQuerySchema, cursorSchema, encodeCursor, isLanguageCode } from "./schemas";

/** Each failing parameter as the API names it (the first path element: src/lib/api/query.ts, flat). */
const reasons = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("consultantsQuerySchema", () => {
  it("takes repeated parameters as lists and defaults the rest", () => {
    const q = consultantsQuerySchema.parse({ skill: ["patent_examination", "ip_valuation"], nationality: "ET", servedIn: ["KE", "002"] });
    expect(q.skill).toEqual(["patent_examination", "ip_valuation"]);
    expect(q.nationality).toEqual(["ET"]);
    expect(q.servedIn).toEqual(["KE", "002"]);
    expect(q).toMatchObject({ sort: "relevance", includeStale: false, limit: 20, lng: "en" });
    expect(consultantsQuerySchema.parse({ includeStale: "true" }).includeStale).toBe(true);
    expect(consultantsQuerySchema.parse({ cursor: "" }).cursor).toBeUndefined();
  });

  it("names each bad parameter with a code", () => {
    const r = consultantsQuerySchema.safeParse({
      skill: "juggling", nationality: "XX", servedIn: "Mars", status: "developed", limit: "101", language: "zz", sort: "name", availability: "busy", cursor: "nope", includeStale: "yes",
    });
    expect(reasons(r)).toEqual({
      skill: "invalid_choice", nationality: "unknown_country", servedIn: "unknown_place", status: "invalid_choice", limit: "too_large",
      language: "invalid_language", sort: "invalid_choice", availability: "invalid_choice", cursor: "invalid_cursor", includeStale: "invalid_choice",
    });
    expect(reasons(consultantsQuerySchema.safeParse({ limit: "0" }))).toEqual({ limit: "too_small" });
  });

  it("accepts ISO 639-1 and 639-3 codes CLDR knows", () => {
    expect(["en", "sw", "am", "quz", "fil"].every(isLanguageCode)).toBe(true);
    expect(["zz", "EN", "english", "q"].some(isLanguageCode)).toBe(false);
  });
});

describe("cursorSchema", () => {
  const id = "00000000-0000-4000-8000-000000000001";
  it("round-trips each order's cursor", () => {
    for (const c of [{ s: "r", r: 0.25, n: 2, id }, { s: "a", n: 7, id }, { s: "c", t: "2026-03-04T05:06:07.000Z", id }] as const) {
      expect(cursorSchema.parse(encodeCursor(c))).toEqual(c);
    }
  });
  it("refuses forged cursors", () => {
    for (const raw of [encodeCursor({ s: "a", n: -1, id }), Buffer.from('{"s":"c","t":"yesterday","id":"x"}').toString("base64url"), "%%%"]) {
      expect(cursorSchema.safeParse(raw).success).toBe(false);
    }
  });
});

describe("consultantProfileInputSchema", () => {
  const valid = {
    fullName: "አበበ ታደሰ", latinName: "Abebe Tadesse", nationalities: ["ET"], residenceCountry: "ET", organisation: "Ethiopian IP Authority",
    ipAreas: ["patents"], skills: ["patent_examination"], yearsExperience: 12, bio: { en: "Patent examiner." },
    languages: [{ code: "am", level: "native" }], availability: "available", travel: true, remote: true, email: "abebe@example.org",
  };
  it("accepts a complete profile", () => {
    expect(consultantProfileInputSchema.safeParse(valid).success).toBe(true);
  });
  it("refuses what the roster does not allow, naming each field", () => {
    const r = consultantProfileInputSchema.safeParse({
      ...valid, nationalities: [], skills: Array(16).fill("ip_valuation"), bio: { en: "" }, languages: [{ code: "am", level: "native" }, { code: "am", level: "fluent" }],
      email: "not-an-address", phone: "call me",
    });
    expect(reasons(r)).toEqual({
      nationalities: "required", skills: "too_many", bio: "required_in_one_language", languages: "duplicate", email: "invalid_email", phone: "invalid_phone",
    });
  });
  it("takes an unavailability date only from an unavailable consultant", () => {
    expect(reasons(consultantProfileInputSchema.safeParse({ ...valid, unavailableUntil: "2027-01-01" }))).toEqual({ unavailableUntil: "only_when_unavailable" });
    expect(consultantProfileInputSchema.safeParse({ ...valid, availability: "unavailable", unavailableUntil: "2027-01-01" }).success).toBe(true);
  });
});
