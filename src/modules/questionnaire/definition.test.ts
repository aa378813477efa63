import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { Definition, findQuestion, topQuestions } from "./definition";
import { VERSION_1 } from "./seed/version-1";

type Input = z.input<typeof Definition>;
const label = (en: string) => Object.fromEntries(LOCALES.map((l) => [l, `${en} ${l}`])) as Record<(typeof LOCALES)[number], string>;

/** A small valid definition; each refusal test changes one thing in it. */
function small(): Input {
  return {
    title: label("T"),
    sections: [
      {
        id: "one",
        title: label("One"),
        questions: [
          { id: "took_part", type: "yes_no", label: label("Took part") },
          { id: "kind", type: "single_choice", label: label("Kind"), options: [{ value: "a", label: label("A") }, { value: "b", label: label("B") }] },
          { id: "name", type: "short_text", label: label("Name") },
          {
            id: "items",
            type: "group",
            label: label("Items"),
            itemLabel: label("Item"),
            showIf: { question: "took_part", equals: true },
            questions: [
              { id: "replicable", type: "single_choice", label: label("Replicable"), options: [{ value: "yes", label: label("Yes") }, { value: "no", label: label("No") }] },
              { id: "needs", type: "long_text", label: label("Needs"), showIf: { question: "replicable", equals: "yes" } },
            ],
          },
        ],
      },
    ],
  };
}

type Q = Record<string, unknown>;
const questions = (d: Input) => d.sections[0]!.questions as unknown as Q[];
const group = (d: Input) => questions(d)[3] as { questions: Q[] } & Q;

function issues(d: Input) {
  const r = Definition.safeParse(d);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("questionnaire version 1", () => {
  it("parses, with every label and help in all seven languages and no English copies", () => {
    const def = Definition.parse(VERSION_1);
    const labels: Record<string, string>[] = [def.title, def.intro!];
    for (const s of def.sections) {
      labels.push(s.title, ...(s.help ? [s.help] : []));
      for (const q of s.questions) {
        labels.push(q.label, ...(q.help ? [q.help] : []));
        if (q.type === "group") labels.push(q.itemLabel);
        for (const c of q.type === "group" ? q.questions : [q]) {
          if (c !== q) labels.push(c.label, ...(c.help ? [c.help] : []));
          if (c.type === "single_choice" || c.type === "multiple_choice") labels.push(...c.options.map((o) => o.label));
        }
      }
    }
    for (const l of labels) {
      expect(Object.keys(l).sort()).toEqual([...LOCALES].sort());
      // Short words may coincide (Initiatives, Non/No): a text of more than one word is never the English one.
      for (const lng of LOCALES) if (lng !== "en" && l.en!.includes(" ")) expect(l[lng], `${lng}: ${l.en}`).not.toBe(l.en);
    }
  });

  it("holds the questions story pre-fill and export rely on, the group shown and required when the country took part", () => {
    const def = Definition.parse(VERSION_1);
    const group = findQuestion(def, "initiatives");
    expect(group).toMatchObject({ type: "group", required: true, showIf: { question: "took_part", equals: true } });
    for (const id of ["title", "partner_countries", "partner_organisations", "themes", "ip_areas", "start_year", "end_year", "what_was_done", "results", "lessons", "replication_needs", "links"]) {
      expect(group?.type === "group" && group.questions.some((q) => q.id === id), id).toBe(true);
    }
    expect(findQuestion(def, "start_year")).toMatchObject({ type: "number", integer: true, min: 1990, max: 2100 });
    expect(findQuestion(def, "replication_needs")).toMatchObject({ required: true, showIf: { question: "replicable", equals: "yes" } });
    expect(topQuestions(def).filter((q) => q.type === "group")).toHaveLength(1);
    // Defaults are filled in by parsing (what the seed stores).
    expect(findQuestion(def, "office_name")).toMatchObject({ required: true, maxLength: 300 });
  });
});

describe("a definition's rules", () => {
  it("accepts the small definition the refusals start from", () => {
    expect(Definition.safeParse(small()).success).toBe(true);
  });

  it("refuses a condition on a question that does not exist, naming the path", () => {
    const d = small();
    questions(d)[2]!.showIf = { question: "nowhere", equals: true };
    expect(issues(d)).toEqual([{ path: "sections.0.questions.2.showIf.question", message: expect.stringContaining("nowhere") }]);
  });

  it("refuses a condition on a later question, at the top level and inside a group", () => {
    const d = small();
    questions(d)[0]!.showIf = { question: "kind", equals: "a" };
    expect(issues(d).map((i) => i.path)).toEqual(["sections.0.questions.0.showIf.question"]);
    const g = small();
    group(g).questions[0]!.showIf = { question: "needs", equals: "x" };
    group(g).questions[1]!.showIf = undefined;
    expect(issues(g).map((i) => i.path)).toEqual(["sections.0.questions.3.questions.0.showIf.question"]);
  });

  it("lets a group's question refer to a top-level question asked before the group", () => {
    const d = small();
    group(d).questions[0]!.showIf = { question: "kind", equals: "b" };
    expect(Definition.safeParse(d).success).toBe(true);
  });

  it("refuses an id used twice, across sections and inside a group", () => {
    const d = small();
    d.sections.push({ id: "two", title: label("Two"), questions: [{ id: "name", type: "date", label: label("Date") }] });
    expect(issues(d).map((i) => i.path)).toEqual(["sections.1.questions.0.id"]);
    const g = small();
    group(g).questions[1]!.id = "kind";
    group(g).questions[1]!.showIf = undefined;
    expect(issues(g).map((i) => i.path)).toEqual(["sections.0.questions.3.questions.1.id"]);
  });

  it("refuses a label missing one locale, and an empty one", () => {
    const d = small();
    const { pt: _pt, ...sixLocales } = label("Name");
    questions(d)[2]!.label = sixLocales;
    // A question is a union of its kinds: the issue names the question (its inner issues the label's locale).
    expect(issues(d).map((i) => i.path)).toEqual(["sections.0.questions.2"]);
    expect(JSON.stringify(Definition.safeParse(d).error!.issues)).toContain('"pt"');
    const e = small();
    e.title = { ...label("T"), ar: "  " };
    expect(issues(e).map((i) => i.path)).toEqual(["title.ar"]);
  });

  it("refuses a condition on a question that is neither yes/no nor a single choice", () => {
    const d = small();
    group(d).questions[0]!.showIf = { question: "name", equals: "x" };
    expect(issues(d)).toEqual([{ path: "sections.0.questions.3.questions.0.showIf.question", message: expect.stringContaining("neither") }]);
  });

  it("refuses a condition value the question cannot take", () => {
    const d = small();
    group(d).questions[1]!.showIf = { question: "replicable", equals: "maybe" };
    expect(issues(d).map((i) => i.path)).toEqual(["sections.0.questions.3.questions.1.showIf.equals"]);
    const y = small();
    (questions(y)[3] as Q).showIf = { question: "took_part", equals: "yes" };
    expect(issues(y).map((i) => i.path)).toEqual(["sections.0.questions.3.showIf.equals"]);
  });

  it("refuses repeated option values and an option value that is not a slug", () => {
    const d = small();
    (questions(d)[1] as { options: Q[] }).options[1]!.value = "a";
    expect(issues(d).map((i) => i.path)).toEqual(["sections.0.questions.1.options"]);
    const s = small();
    (questions(s)[1] as { options: Q[] }).options[1]!.value = "Not A Slug";
    expect(issues(s).map((i) => i.path)).toContain("sections.0.questions.1.options.1.value");
  });

  it("refuses a group inside a group", () => {
    const d = small();
    group(d).questions.push({ id: "inner", type: "group", label: label("Inner"), itemLabel: label("Inner item"), questions: [{ id: "deep", type: "yes_no", label: label("Deep") }] });
    expect(issues(d).some((i) => i.path.startsWith("sections.0.questions.3"))).toBe(true);
  });

  it("refuses a group whose minimum exceeds its maximum", () => {
    const d = small();
    Object.assign(group(d), { minItems: 5, maxItems: 3 });
    expect(issues(d)).toEqual([{ path: "sections.0.questions.3.minItems", message: "exceeds maxItems" }]);
  });

  it("refuses an unknown key and an id that is not a lower-case slug", () => {
    const d = small();
    questions(d)[2]!.placeholder = label("x");
    expect(issues(d).length).toBeGreaterThan(0);
    const u = small();
    questions(u)[2]!.id = "Name";
    expect(issues(u).map((i) => i.path)).toContain("sections.0.questions.2.id");
  });
});
