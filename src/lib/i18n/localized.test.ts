import { describe, expect, it } from "vitest";
import { pickLocalized } from "./localized";

describe("pickLocalized", () => {
  it("gives the reader's language when the map has it", () => {
    expect(pickLocalized({ ar: "ندوة", en: "Seminar" }, "ar")).toEqual({ text: "ندوة", locale: "ar", fallback: false });
  });
  it("falls back to English, and says so", () => {
    expect(pickLocalized({ fr: "Séminaire", en: "Seminar" }, "ru")).toEqual({ text: "Seminar", locale: "en", fallback: true });
  });
  it("else takes the first language it exists in, in the portal's order, whatever the map's key order", () => {
    expect(pickLocalized({ pt: "Seminário", fr: "Séminaire" }, "zh")).toEqual({ text: "Séminaire", locale: "fr", fallback: true });
  });
  it("skips empty and blank texts and keys that are not locales", () => {
    expect(pickLocalized({ ru: " ", en: "", xx: "?", es: "Seminario" }, "ru")).toEqual({ text: "Seminario", locale: "es", fallback: true });
  });
  it("gives an empty text in the reader's language for an empty map or no map", () => {
    expect(pickLocalized({}, "ar")).toEqual({ text: "", locale: "ar", fallback: false });
    expect(pickLocalized(null, "en")).toEqual({ text: "", locale: "en", fallback: false });
  });
});
