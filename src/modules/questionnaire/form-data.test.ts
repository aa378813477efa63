import { describe, expect, it } from "vitest";
import { checkAnswers } from "./answers";
import { Definition } from "./definition";
import { answersFromForm, applyIntent, fieldName, intentOf, itemsField } from "./form-data";
import { VERSION_1 } from "./seed/version-1";

const def = Definition.parse(VERSION_1);
const countries = new Set(["BJ", "PE", "BR"]);

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("answersFromForm", () => {
  it("reads every question type, the group's items by items.<group>, and names nothing it was not asked", () => {
    const f = form([
      ["q.office_name", "  Office of Benin  "],
      ["q.focal_points", "A. Dossou, director\r\nB. Houngbo, examiner"],
      ["q.office_languages", "fr"],
      ["q.office_languages", "en"],
      ["q.took_part", "yes"],
      ["q.people_trained", " 1 200 "],
      ["items.initiatives", "2"],
      ["q.initiatives.0.title", "GI registry twinning"],
      ["q.initiatives.0.partner_countries", "PE"],
      ["q.initiatives.0.partner_countries", "BR"],
      ["q.initiatives.0.themes", "trademarks_gis"],
      ["q.initiatives.0.ip_areas", "geographical_indications"],
      ["q.initiatives.0.start_year", "2021"],
      ["q.initiatives.0.what_was_done", "Examiners visited."],
      ["q.initiatives.0.results", "12 GIs registered."],
      ["q.initiatives.0.replicable", "yes"],
      ["q.initiatives.0.replication_needs", "A registry."],
      ["q.initiatives.1.title", "Second"],
      ["q.initiatives.2.title", "beyond the items the page showed"],
      ["q.networking_interest", "no"],
      ["q.latest_agreement_date", "2024-05-14"],
      ["q.needs_themes", ""],
      ["q.unknown", "ignored"],
      ["intent", "save"],
    ]);
    const read = answersFromForm(def, f);
    expect(read).toMatchObject({
      office_name: "Office of Benin",
      focal_points: "A. Dossou, director\nB. Houngbo, examiner",
      office_languages: ["fr", "en"],
      took_part: true,
      people_trained: 1200,
      networking_interest: false,
      latest_agreement_date: "2024-05-14",
      needs_themes: [],
    });
    expect(read).not.toHaveProperty("unknown");
    const items = read.initiatives as Record<string, unknown>[];
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ title: "GI registry twinning", partner_countries: ["PE", "BR"], themes: ["trademarks_gis"], ip_areas: ["geographical_indications"], start_year: 2021, replicable: "yes", replication_needs: "A registry." });
    expect(items[1]).toMatchObject({ title: "Second", partner_countries: [], start_year: undefined });
    const { answers, problems } = checkAnswers(def, read, countries);
    expect(problems).toEqual([]);
    expect(answers.initiatives).toEqual([
      { title: "GI registry twinning", partner_countries: ["PE", "BR"], themes: ["trademarks_gis"], ip_areas: ["geographical_indications"], start_year: 2021, what_was_done: "Examiners visited.", results: "12 GIs registered.", replicable: "yes", replication_needs: "A registry." },
      { title: "Second" },
    ]);
    expect(answers).not.toHaveProperty("needs_themes");
  });

  it("keeps a number typed with letters as typed, so that checking names the field", () => {
    const read = answersFromForm(def, form([["q.people_trained", "twelve"], ["items.initiatives", "1"], ["q.initiatives.0.start_year", "2021a"]]));
    expect(read.people_trained).toBe("twelve");
    expect((read.initiatives as Record<string, unknown>[])[0]!.start_year).toBe("2021a");
    // In the definition's order: the group comes before people_trained.
    expect(checkAnswers(def, read, countries).problems).toEqual([
      { name: "initiatives[0].start_year", reason: "invalidNumber" },
      { name: "people_trained", reason: "invalidNumber" },
    ]);
  });

  it("reads a decimal comma, and keeps a number whose separator could be a thousands one as typed", () => {
    const read = (v: string) => answersFromForm(def, form([["q.people_trained", v]])).people_trained;
    expect(read("2,5")).toBe(2.5);
    expect(read("-3")).toBe(-3);
    expect(read("0,125")).toBe(0.125);
    // 1,000 is a thousand in English and 1.000 one in French, Spanish or Portuguese: neither is read as 1.
    expect(read("1,000")).toBe("1,000");
    expect(read("1.000")).toBe("1.000");
    expect(read("")).toBeUndefined();
  });

  it("reads yes/no radios, and neither when nothing or something else was sent", () => {
    expect(answersFromForm(def, form([["q.took_part", "yes"]])).took_part).toBe(true);
    expect(answersFromForm(def, form([["q.took_part", "no"]])).took_part).toBe(false);
    expect(answersFromForm(def, form([])).took_part).toBeUndefined();
    expect(answersFromForm(def, form([["q.took_part", "true"]])).took_part).toBeUndefined();
  });

  it("reads at most one item beyond a group's maximum (so that checking names the excess), and none for a bad count", () => {
    expect(answersFromForm(def, form([["items.initiatives", "500"]])).initiatives).toHaveLength(31);
    expect(checkAnswers(def, answersFromForm(def, form([["items.initiatives", "500"]])), countries).problems).toEqual([{ name: "initiatives", reason: "tooManyItems" }]);
    expect(answersFromForm(def, form([["items.initiatives", "-4"]])).initiatives).toEqual([]);
    expect(answersFromForm(def, form([["items.initiatives", "many"]])).initiatives).toEqual([]);
  });

  it("names its fields as the form writes them", () => {
    expect(fieldName("office_name")).toBe("q.office_name");
    expect(fieldName("results", { id: "initiatives", index: 3 })).toBe("q.initiatives.3.results");
    expect(itemsField("initiatives")).toBe("items.initiatives");
  });
});

describe("intentOf and applyIntent", () => {
  it("reads the button pressed, saving by default", () => {
    expect(intentOf("submit")).toEqual({ kind: "submit" });
    expect(intentOf("add:initiatives")).toEqual({ kind: "add", group: "initiatives" });
    expect(intentOf("remove:initiatives:2")).toEqual({ kind: "remove", group: "initiatives", index: 2 });
    expect(intentOf("save")).toEqual({ kind: "save" });
    expect(intentOf(undefined)).toEqual({ kind: "save" });
    expect(intentOf("remove:initiatives:x")).toEqual({ kind: "save" });
    expect(intentOf("add:Initiatives; DROP")).toEqual({ kind: "save" });
  });

  it("adds an empty item up to the maximum and removes the one named", () => {
    const answers = { office_name: "O", initiatives: [{ title: "A" }, { title: "B" }, { title: "C" }] };
    expect(applyIntent(def, answers, { kind: "add", group: "initiatives" }).initiatives).toEqual([{ title: "A" }, { title: "B" }, { title: "C" }, {}]);
    expect(applyIntent(def, { office_name: "O" }, { kind: "add", group: "initiatives" })).toEqual({ office_name: "O", initiatives: [{}] });
    expect(applyIntent(def, answers, { kind: "remove", group: "initiatives", index: 1 }).initiatives).toEqual([{ title: "A" }, { title: "C" }]);
    const full = { initiatives: Array.from({ length: 30 }, () => ({})) };
    expect(applyIntent(def, full, { kind: "add", group: "initiatives" }).initiatives).toHaveLength(30);
    // Not a group, or another button: nothing changes.
    expect(applyIntent(def, answers, { kind: "add", group: "office_name" })).toBe(answers);
    expect(applyIntent(def, answers, { kind: "save" })).toBe(answers);
    expect(answers.initiatives).toHaveLength(3);
  });
});
