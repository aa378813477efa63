import { describe, expect, it } from "vitest";
import { changedPaths, checkAnswers, isVisible, mergeForConflict, missingRequired, pathOf, questionAt, setAt, valueAt, withoutHidden, type Answers } from "./answers";
import { Definition } from "./definition";
import { VERSION_1 } from "./seed/version-1";

const def = Definition.parse(VERSION_1);
const countries = new Set(["BJ", "PE", "EG", "BR", "IN"]);
const check = (input: Record<string, unknown>) => checkAnswers(def, input, countries);
const reasons = (input: Record<string, unknown>) => check(input).problems;

const initiative = (extra: Record<string, unknown> = {}) => ({ title: "GI registry twinning", themes: ["trademarks_gis"], what_was_done: "Examiners visited.", results: "12 GIs registered.", ...extra });

describe("checkAnswers", () => {
  it("takes a valid value of every question type, at the top level and in a group's items", () => {
    const input = {
      office_name: "Office of Benin",
      focal_points: "A. Dossou, director\nB. Houngbo, examiner",
      office_languages: ["fr", "en"],
      took_part: true,
      people_trained: 0,
      initiatives: [
        initiative({ partner_countries: ["PE", "BR"], ip_areas: ["geographical_indications"], start_year: 2021, end_year: 2023, replicable: "yes", replication_needs: "A registry." }),
      ],
      needs_themes: ["patents", "enforcement"],
      needs_ip_areas: ["patents"],
      networking_interest: false,
      latest_agreement_date: "2024-02-29",
    };
    expect(check(input)).toEqual({ answers: input, problems: [] });
  });

  it("names each wrong value by its path and reason", () => {
    expect(
      reasons({
        office_name: 42,
        focal_points: "x".repeat(2001),
        office_languages: ["fr", "klingon"],
        took_part: "yes",
        people_trained: 2.5,
        latest_agreement_date: "2023-02-29",
        needs_themes: ["copyright"],
        needs_ip_areas: ["patents", "patents"],
        networking_countries: ["XX"],
      }),
    ).toEqual([
      { name: "office_name", reason: "invalidText" },
      { name: "focal_points", reason: "tooLong" },
      { name: "office_languages", reason: "invalidOption" },
      { name: "took_part", reason: "invalidYesNo" },
      { name: "people_trained", reason: "notInteger" },
      { name: "latest_agreement_date", reason: "invalidDate" },
      { name: "needs_themes", reason: "invalidOption" },
      { name: "needs_ip_areas", reason: "invalidOption" },
      { name: "networking_countries", reason: "invalidCountry" },
    ]);
  });

  it("checks numbers against their bounds and refuses what is not a finite number", () => {
    const item = (v: unknown) => reasons({ initiatives: [initiative({ start_year: v })] });
    expect(item(1989)).toEqual([{ name: "initiatives[0].start_year", reason: "tooSmall" }]);
    expect(item(2101)).toEqual([{ name: "initiatives[0].start_year", reason: "tooLarge" }]);
    expect(item(1990)).toEqual([]);
    expect(item("2021")).toEqual([{ name: "initiatives[0].start_year", reason: "invalidNumber" }]);
    expect(item(Number.NaN)).toEqual([{ name: "initiatives[0].start_year", reason: "invalidNumber" }]);
    expect(reasons({ people_trained: -1 })).toEqual([{ name: "people_trained", reason: "tooSmall" }]);
  });

  it("refuses dates that are not calendar days in YYYY-MM-DD", () => {
    for (const d of ["2024-13-01", "2024-04-31", "24-01-01", "2024-1-1", "2024-01-01T00:00:00Z"]) expect(reasons({ latest_agreement_date: d }), d).toEqual([{ name: "latest_agreement_date", reason: "invalidDate" }]);
  });

  it("refuses a single choice that is not an option, and repeated or foreign codes in a multiple choice", () => {
    expect(reasons({ initiatives: [initiative({ replicable: "maybe" })] })).toEqual([{ name: "initiatives[0].replicable", reason: "invalidOption" }]);
    expect(reasons({ offer_forms: ["training", "training"] })).toEqual([{ name: "offer_forms", reason: "invalidOption" }]);
    expect(reasons({ offer_forms: "training" })).toEqual([{ name: "offer_forms", reason: "invalidOption" }]);
  });

  it("names problems inside a group by the item's path", () => {
    const { problems, answers } = check({
      initiatives: [initiative(), initiative({ results: { html: "<b>" }, partner_countries: ["PE", "PE"], title: "x".repeat(301), nope: 1 })],
    });
    // In the order of the item's keys (title comes first in initiative()).
    expect(problems).toEqual([
      { name: "initiatives[1].title", reason: "tooLong" },
      { name: "initiatives[1].results", reason: "invalidText" },
      { name: "initiatives[1].partner_countries", reason: "invalidCountry" },
      { name: "initiatives[1].nope", reason: "unknownQuestion" },
    ]);
    // The valid answers of the item are kept; the wrong ones are not.
    expect(answers.initiatives).toEqual([initiative(), { themes: ["trademarks_gis"], what_was_done: "Examiners visited." }]);
  });

  it("refuses an unknown question, a group that is not a list of items, and too many items", () => {
    expect(reasons({ favourite_colour: "blue" })).toEqual([{ name: "favourite_colour", reason: "unknownQuestion" }]);
    expect(reasons({ title: "a group's question is not a top-level one" })).toEqual([{ name: "title", reason: "unknownQuestion" }]);
    expect(reasons({ initiatives: "one" })).toEqual([{ name: "initiatives", reason: "invalidGroup" }]);
    expect(reasons({ initiatives: [initiative(), ["not", "an", "item"]] })).toEqual([{ name: "initiatives", reason: "invalidGroup" }]);
    expect(reasons({ initiatives: [null] })).toEqual([{ name: "initiatives", reason: "invalidGroup" }]);
    expect(reasons({ initiatives: Array.from({ length: 31 }, () => initiative()) })).toEqual([{ name: "initiatives", reason: "tooManyItems" }]);
    expect(reasons({ initiatives: Array.from({ length: 30 }, () => initiative()) })).toEqual([]);
  });

  it("refuses control characters in text but keeps line breaks and tabs", () => {
    expect(reasons({ office_name: "Office\u0000" })).toEqual([{ name: "office_name", reason: "invalidText" }]);
    expect(reasons({ focal_points: "a\u001bb" })).toEqual([{ name: "focal_points", reason: "invalidText" }]);
    expect(reasons({ focal_points: "line one\nline two\r\n\tindented" })).toEqual([]);
  });

  it("accepts a text exactly at its limit", () => {
    expect(reasons({ office_name: "x".repeat(300) })).toEqual([]);
    expect(reasons({ office_name: "x".repeat(301) })).toEqual([{ name: "office_name", reason: "tooLong" }]);
  });

  it("refuses more than one country where only one is asked for", () => {
    const one = Definition.parse({ ...VERSION_1, sections: [{ id: "s", title: VERSION_1.title, questions: [{ id: "host", type: "countries", multiple: false, label: VERSION_1.title }] }] });
    expect(checkAnswers(one, { host: ["PE", "BJ"] }, countries).problems).toEqual([{ name: "host", reason: "oneCountry" }]);
    expect(checkAnswers(one, { host: ["PE"] }, countries).problems).toEqual([]);
  });

  it("drops empty values from what it returns", () => {
    expect(check({ office_name: "", office_languages: [], people_trained: undefined, networking_purpose: null }).answers).toEqual({});
    expect(check({ initiatives: [{ title: "", lessons: "" }] }).answers).toEqual({ initiatives: [{}] });
  });
});

describe("missingRequired", () => {
  it("asks for the office and whether the country took part, then, when it did, for at least one initiative", () => {
    expect(missingRequired(def, {})).toEqual([
      { name: "office_name", reason: "required" },
      { name: "took_part", reason: "required" },
    ]);
    expect(missingRequired(def, { office_name: "O", took_part: false })).toEqual([]);
    expect(missingRequired(def, { office_name: "O", took_part: true })).toEqual([{ name: "initiatives", reason: "requiredItems" }]);
    expect(missingRequired(def, { office_name: "O", took_part: true, initiatives: [] })).toEqual([{ name: "initiatives", reason: "requiredItems" }]);
  });

  it("requires each item's required questions, and the conditional ones only when shown", () => {
    const answers: Answers = {
      office_name: "O",
      took_part: true,
      initiatives: [initiative({ replicable: "no" }), { title: "Second", replicable: "yes" }, initiative({ replicable: "with_adaptation" }), initiative({ replicable: "with_adaptation", adaptation_needs: "A registry." })],
    };
    expect(missingRequired(def, answers)).toEqual([
      { name: "initiatives[1].themes", reason: "required" },
      { name: "initiatives[1].what_was_done", reason: "required" },
      { name: "initiatives[1].results", reason: "required" },
      { name: "initiatives[1].replication_needs", reason: "required" },
      { name: "initiatives[2].adaptation_needs", reason: "required" },
    ]);
  });

  it("does not require a hidden group's items even when they are incomplete", () => {
    expect(missingRequired(def, { office_name: "O", took_part: false, initiatives: [{ title: "" }] })).toEqual([]);
  });

  it("applies a group's minimum", () => {
    const min2 = Definition.parse({ ...VERSION_1, sections: VERSION_1.sections.map((s) => ({ ...s, questions: s.questions.map((q) => (q.id === "initiatives" ? { ...q, minItems: 2 } : q)) })) });
    expect(missingRequired(min2, { office_name: "O", took_part: true, initiatives: [initiative()] })).toEqual([{ name: "initiatives", reason: "requiredItems" }]);
    expect(missingRequired(min2, { office_name: "O", took_part: true, initiatives: [initiative(), initiative()] })).toEqual([]);
  });
});

describe("isVisible and withoutHidden", () => {
  it("reads a condition in the item first, then at the top level", () => {
    const q = questionAt(def, "initiatives[0].replication_needs")!;
    expect(isVisible(q, { replicable: "yes" }, {})).toBe(true);
    expect(isVisible(q, { replicable: "no" }, { replicable: "yes" })).toBe(false);
    expect(isVisible(questionAt(def, "initiatives")!, {}, { took_part: true })).toBe(true);
  });

  it("leaves out hidden answers, at the top level and in items", () => {
    const answers: Answers = {
      office_name: "O",
      took_part: false,
      initiatives: [initiative()],
      people_trained: 4,
      networking_interest: false,
      networking_purpose: "Twinning",
    };
    expect(withoutHidden(def, answers)).toEqual({ office_name: "O", took_part: false, networking_interest: false });
    const shown: Answers = { took_part: true, initiatives: [initiative({ replicable: "no", replication_needs: "typed before changing to no" }), initiative({ replicable: "yes", replication_needs: "A registry." })] };
    expect(withoutHidden(def, shown)).toEqual({ took_part: true, initiatives: [initiative({ replicable: "no" }), initiative({ replicable: "yes", replication_needs: "A registry." })] });
  });
});

describe("changedPaths", () => {
  it("lists changed answers, item questions by their path, and items added or removed", () => {
    const before: Answers = { office_name: "O", office_languages: ["fr", "en"], initiatives: [initiative(), initiative()] };
    const after: Answers = { office_name: "O2", office_languages: ["en", "fr"], initiatives: [initiative({ results: "13 GIs registered." })] };
    // The same codes in another order are no change.
    expect(changedPaths(def, before, after)).toEqual(["office_name", "initiatives[0].results", "initiatives[1]"]);
    expect(changedPaths(def, after, before)).toEqual(["office_name", "initiatives[0].results", "initiatives[1]"]);
    expect(changedPaths(def, before, before)).toEqual([]);
    expect(changedPaths(def, {}, { took_part: false })).toEqual(["took_part"]);
  });
});

describe("valueAt and setAt", () => {
  const answers: Answers = { office_name: "O", initiatives: [initiative(), initiative({ title: "Second" })] };
  it("read a top-level answer, an item and an item's answer", () => {
    expect(valueAt(answers, "office_name")).toBe("O");
    expect(valueAt(answers, "initiatives[1].title")).toBe("Second");
    expect(valueAt(answers, "initiatives[1]")).toEqual(initiative({ title: "Second" }));
    expect(valueAt(answers, "initiatives[5].title")).toBeUndefined();
    expect(valueAt(answers, "office_name[0]")).toBeUndefined();
    expect(valueAt(answers, "not a path")).toBeUndefined();
    expect(pathOf("results", { id: "initiatives", index: 1 })).toBe("initiatives[1].results");
  });

  it("write and remove without changing the original", () => {
    const copy = structuredClone(answers);
    expect(setAt(answers, "office_name", "New")).toMatchObject({ office_name: "New" });
    expect(setAt(answers, "office_name", undefined)).not.toHaveProperty("office_name");
    expect(valueAt(setAt(answers, "initiatives[1].results", "More"), "initiatives[1].results")).toBe("More");
    expect(valueAt(setAt(answers, "initiatives[0].results", undefined), "initiatives[0]")).not.toHaveProperty("results");
    expect(setAt(answers, "initiatives[0]", undefined).initiatives).toEqual([initiative({ title: "Second" })]);
    expect(setAt(answers, "initiatives[2]", { title: "Third" }).initiatives).toHaveLength(3);
    expect(setAt({}, "initiatives[1].title", "T").initiatives).toEqual([{}, { title: "T" }]);
    expect(setAt(answers, "BAD PATH", "x")).toBe(answers);
    expect(answers).toEqual(copy);
  });
});

describe("mergeForConflict", () => {
  const base: Answers = { office_name: "Office", focal_points: "A", took_part: true, initiatives: [initiative(), initiative({ title: "Second" })] };

  it("keeps what only I changed and takes what only the others changed", () => {
    const mine = setAt(base, "office_name", "Office of Benin");
    const theirs = setAt(setAt(base, "focal_points", "A and B"), "initiatives[1].results", "Theirs");
    const { merged, conflicts, takenFromOthers } = mergeForConflict(def, base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(takenFromOthers).toEqual(["focal_points", "initiatives[1].results"]);
    expect(merged).toEqual({ ...base, office_name: "Office of Benin", focal_points: "A and B", initiatives: [initiative(), initiative({ title: "Second", results: "Theirs" })] });
  });

  it("reports what both changed differently as a conflict, keeping mine; the same change is no conflict", () => {
    const mine = setAt(setAt(base, "office_name", "Mine"), "initiatives[0].results", "Same");
    const theirs = setAt(setAt(base, "office_name", "Theirs"), "initiatives[0].results", "Same");
    const { merged, conflicts } = mergeForConflict(def, base, mine, theirs);
    expect(conflicts).toEqual([{ path: "office_name", base: "Office", mine: "Mine", theirs: "Theirs" }]);
    expect(merged.office_name).toBe("Mine");
    expect(valueAt(merged, "initiatives[0].results")).toBe("Same");
  });

  it("takes an item the others added, and drops one they removed that I did not touch", () => {
    const mine = setAt(base, "office_name", "Mine");
    const added = mergeForConflict(def, base, mine, setAt(base, "initiatives[2]", initiative({ title: "Third" })));
    expect(added.conflicts).toEqual([]);
    expect(added.takenFromOthers).toEqual(["initiatives[2]"]);
    expect((added.merged.initiatives as unknown[]).length).toBe(3);
    expect(valueAt(added.merged, "initiatives[2].title")).toBe("Third");

    const removed = mergeForConflict(def, base, mine, setAt(base, "initiatives[1]", undefined));
    expect(removed.merged).toEqual({ ...base, office_name: "Mine", initiatives: [initiative()] });
  });

  it("removes the others' removed items from the highest down, after their edits", () => {
    const four: Answers = { initiatives: ["A", "B", "C", "D"].map((title) => initiative({ title })) };
    // The others edited D, then removed B and C: D moves to position 1.
    const theirs: Answers = { initiatives: [initiative({ title: "A" }), initiative({ title: "D", results: "Edited" })] };
    const { merged, conflicts } = mergeForConflict(def, four, four, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual(theirs);
  });

  it("is a conflict when the others removed an item I edited (my edit is kept)", () => {
    const mine = setAt(base, "initiatives[1].results", "My results");
    const theirs = setAt(base, "initiatives[1]", undefined);
    const { merged, conflicts } = mergeForConflict(def, base, mine, theirs);
    expect(conflicts).toEqual([{ path: "initiatives[1]", base: valueAt(base, "initiatives[1]"), mine: valueAt(mine, "initiatives[1]"), theirs: undefined }]);
    expect(valueAt(merged, "initiatives[1].results")).toBe("My results");
  });
});
