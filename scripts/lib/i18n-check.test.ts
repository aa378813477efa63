import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkProject, checkReferencePlurals, compareNamespace, keysUsedIn, keysWithCountIn, placeholders, pluralCategories } from "./i18n-check";

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
  it("reads placeholders with a format", () => {
    expect(placeholders("{{count, number}} rows of {{ name }}, {{count}} again")).toEqual(["count", "name"]);
  });
});

describe("plural keys", () => {
  const en = { rows_one: "{{count, number}} row in {{file}}", rows_other: "{{count, number}} rows in {{file}}" };

  it("takes the forms each language needs from Intl.PluralRules", () => {
    expect(pluralCategories("en").sort()).toEqual(["one", "other"]);
    expect(pluralCategories("ar").sort()).toEqual(["few", "many", "one", "other", "two", "zero"]);
    expect(pluralCategories("ru").sort()).toEqual(["few", "many", "one", "other"]);
    expect(pluralCategories("zh")).toEqual(["other"]);
  });

  it("accepts each language's own set of forms", () => {
    const ar = {
      rows_zero: "لا صفوف في {{file}}",
      rows_one: "صف واحد في {{file}}",
      rows_two: "صفان في {{file}}",
      rows_few: "{{count, number}} صفوف في {{file}}",
      rows_many: "{{count, number}} صفًا في {{file}}",
      rows_other: "{{count, number}} صف في {{file}}",
    };
    expect(compareNamespace(en, ar, "ar/x.json", "ar")).toEqual([]);
    expect(compareNamespace(en, { rows_other: "{{file}} 中有 {{count, number}} 行" }, "zh/x.json", "zh")).toEqual([]);
    // i18next uses _zero for a count of 0 in any language.
    expect(compareNamespace(en, { ...en, rows_zero: "No row in {{file}}" }, "en-GB", "en")).toEqual([]);
  });

  it("fails when a form the language needs is missing", () => {
    const ru = { rows_one: "{{count}} строка в {{file}}", rows_other: "{{count}} строки в {{file}}" };
    expect(compareNamespace(en, ru, "ru/x.json", "ru")).toEqual([
      'ru/x.json: plural "rows" lacks the form "rows_few" (ru needs few, many, one, other)',
      'ru/x.json: plural "rows" lacks the form "rows_many" (ru needs few, many, one, other)',
    ]);
    const ar = { rows_one: "صف واحد في {{file}}", rows_other: "{{count}} صف في {{file}}" };
    expect(compareNamespace(en, ar, "ar/x.json", "ar")).toHaveLength(4);
  });

  it("fails on a form the language never uses, a plain string for a plural and a lost placeholder", () => {
    expect(compareNamespace(en, { ...en, rows_few: "{{count}} rows in {{file}}" }, "en-x", "en")).toEqual([
      'en-x: "rows_few" is not a plural form of en (it has one, other)',
    ]);
    expect(compareNamespace(en, { rows: "Lignes : {{count}}" }, "fr/x.json", "fr")).toEqual(['fr/x.json: missing plural key "rows" (rows_other…)']);
    const fr = { rows_one: "Une ligne", rows_many: "{{count}} de lignes dans {{file}}", rows_other: "{{count}} lignes dans {{file}}" };
    expect(compareNamespace(en, fr, "fr/x.json", "fr")).toEqual(['fr/x.json: "rows_one" must use the placeholders {{count}}, {{file}}']);
  });

  it("holds the reference language to its own forms", () => {
    expect(checkReferencePlurals({ rows_other: "{{count}} rows" }, "en", "en/x.json")).toEqual([
      'en/x.json: plural "rows" lacks the form "rows_one" (en needs one, other)',
    ]);
    expect(checkReferencePlurals(en, "en", "en/x.json")).toEqual([]);
  });
});

describe("keysUsedIn", () => {
  it("finds literal keys only", () => {
    expect(keysUsedIn('t("a.b"); t(`x.${y}`); t( "c", { n })')).toEqual(["a.b", "c"]);
  });
  it("finds the keys given a count", () => {
    expect(keysWithCountIn('t("a", { count: n }); t("b", { n }); t("c", { total, count })')).toEqual(["a", "c"]);
  });
});

describe("checkProject", () => {
  it("fails on a count given to a key without plural forms, and on a locale missing a form", () => {
    const root = mkdtempSync(path.join(tmpdir(), "i18n-check-"));
    const write = (file: string, content: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    };
    write("locales/en/x.json", JSON.stringify({ plain: "{{count}} things", rows_one: "{{count}} row", rows_other: "{{count}} rows" }));
    write("locales/ru/x.json", JSON.stringify({ plain: "{{count}} вещей", rows_one: "{{count}} строка", rows_few: "{{count}} строки", rows_other: "{{count}} строки" }));
    write("src/page.tsx", 't("plain", { count: 2 }); t("rows", { count: 2 });');
    expect(checkProject(root, ["en", "ru"])).toEqual([
      'ru/x.json: plural "rows" lacks the form "rows_many" (ru needs few, many, one, other)',
      'src/page.tsx: t("plain") is given a count but has no plural forms (plain_one, plain_other…)',
    ]);
  });
});
