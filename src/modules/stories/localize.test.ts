import { describe, expect, it } from "vitest";
import { storyLanguage, textIn } from "./localize";

const story = { sourceLocale: "fr", completeLocales: ["en", "es"], title: { fr: "Titre", en: "Title", es: "Título", ar: "عنوان" } };

describe("storyLanguage", () => {
  it("reads a complete language in that language", () => {
    expect(storyLanguage(story, "en")).toEqual({ locale: "en", fallback: false, availableLocales: ["fr", "en", "es"] });
    expect(storyLanguage(story, "fr").fallback).toBe(false);
  });

  it("falls back to the source language for a language not marked complete, even with a text in it", () => {
    expect(storyLanguage(story, "ar")).toEqual({ locale: "fr", fallback: true, availableLocales: ["fr", "en", "es"] });
    expect(storyLanguage(story, "zh")).toMatchObject({ locale: "fr", fallback: true });
  });

  it("does not offer a language marked complete whose text is gone", () => {
    expect(storyLanguage({ ...story, completeLocales: ["ru"] }, "ru")).toEqual({ locale: "fr", fallback: true, availableLocales: ["fr"] });
  });

  it("takes the portal's rule when even the source text is missing", () => {
    expect(storyLanguage({ sourceLocale: "pt", completeLocales: [], title: { en: "Only English" } }, "zh")).toMatchObject({ locale: "en", fallback: true });
  });

  it("gives one field in the chosen language, or nothing", () => {
    expect(textIn({ fr: "Résultats" }, "fr")).toBe("Résultats");
    expect(textIn({ fr: "Résultats" }, "en")).toBe("");
    expect(textIn(null, "en")).toBe("");
  });
});
