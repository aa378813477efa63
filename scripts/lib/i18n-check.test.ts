import { describe, expect, it } from "vitest";
import { compareNamespace, keysUsedIn } from "./i18n-check";

describe("compareNamespace", () => {
  const en = { title: "Hello {{name}}", nav: { home: "Home", menu: "Menu" } };
  it("accepts a complete translation", () => {
    expect(compareNamespace(en, { title: "Bonjour {{name}}", nav: { home: "Accueil", menu: "Menu" } }, "fr")).toEqual([]);
  });
  it("reports missing, empty, unknown keys and lost placeholders", () => {
    expect(compareNamespace(en, { title: "Bonjour", nav: { home: " " }, extra: "x" }, "fr")).toEqual([
      'fr: "title" must use the placeholders {{name}}',
      'fr: empty value for "nav.home"',
      'fr: missing key "nav.menu"',
      'fr: unknown key "extra" (not in English)',
    ]);
  });
});

describe("keysUsedIn", () => {
  it("finds literal keys only", () => {
    expect(keysUsedIn('t("a.b"); t(`x.${y}`); t( "c", { n })')).toEqual(["a.b", "c"]);
  });
});
