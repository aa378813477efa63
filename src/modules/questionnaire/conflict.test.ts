import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { applyResolutions, compactAnswers, resolutionsFromForm, whoChanged } from "./conflict";
import { fieldIdOf, labelOfPath, displayValue, type FormModel } from "./form-model";

describe("compactAnswers", () => {
  it("drops empty fields but keeps items, even empty ones, and what was typed", () => {
    expect(compactAnswers({ a: "", b: "x", c: [], d: ["k"], e: undefined, f: false, g: [{ t: "", u: "v" }, {}], n: "12abc" })).toEqual({ b: "x", d: ["k"], f: false, g: [{ u: "v" }, {}], n: "12abc" });
  });
});

describe("resolutionsFromForm", () => {
  it("reads resolve.<path> radios and ignores anything else", () => {
    const form = new FormData();
    form.append("resolve.office_name", "theirs");
    form.append("resolve.initiatives[1].title", "mine");
    form.append("resolve.initiatives[2]", "theirs");
    form.append("resolve.bad path", "theirs");
    form.append("resolve.other", "both");
    form.append("q.office_name", "x");
    expect(resolutionsFromForm(form)).toEqual({ office_name: "theirs", "initiatives[1].title": "mine", "initiatives[2]": "theirs" });
  });
});

describe("applyResolutions", () => {
  const theirs: Answers = { office_name: "Theirs", initiatives: [{ title: "T0" }, { title: "T1", results: "R" }] };
  it("takes the others' value only where the person chose theirs", () => {
    const mine = { office_name: "Mine", contact_email: "a@b.c", initiatives: [{ title: "M0" }, { title: "M1" }] };
    expect(applyResolutions(mine, { office_name: "theirs", "initiatives[0].title": "mine", "initiatives[1].title": "theirs" }, theirs)).toEqual({
      office_name: "Theirs",
      contact_email: "a@b.c",
      initiatives: [{ title: "M0" }, { title: "T1" }],
    });
  });
  it("removes an answer the others removed, and items from the highest index down", () => {
    const mine = { office_name: "Mine", initiatives: [{ title: "a" }, { title: "b" }, { title: "c" }, { title: "d" }] };
    const removed = { initiatives: [{ title: "a" }] };
    expect(applyResolutions(mine, { office_name: "theirs", "initiatives[1]": "theirs", "initiatives[3]": "theirs" }, removed)).toEqual({ initiatives: [{ title: "a" }, { title: "c" }] });
  });
  it("changes nothing when everything is resolved mine", () => {
    const mine = { office_name: "Mine" };
    expect(applyResolutions(mine, { office_name: "mine" }, theirs)).toBe(mine);
  });
});

describe("whoChanged", () => {
  const changes = [
    { by: "Amina", fields: ["office_name", "initiatives[0].title"] },
    { by: "Omar", fields: ["initiatives[1]"] },
    { by: "Layla", fields: ["office_name"] },
  ];
  it("names the latest save of the path or of its item", () => {
    expect(whoChanged(changes, "office_name")).toBe("Layla");
    expect(whoChanged(changes, "initiatives[0].title")).toBe("Amina");
    expect(whoChanged(changes, "initiatives[1].results")).toBe("Omar");
    expect(whoChanged(changes, "contact_email")).toBeUndefined();
  });
});

describe("form model helpers", () => {
  const model: FormModel = {
    title: "Q",
    sections: [
      {
        id: "s",
        title: "S",
        questions: [
          { id: "office_name", type: "short_text", label: "Office", required: true },
          { id: "initiatives", type: "group", label: "Initiatives", required: true, itemLabel: "Initiative", maxItems: 30, questions: [{ id: "title", type: "short_text", label: "Title", required: true }] },
        ],
      },
    ],
  };
  it("gives field ids and labels of answer paths", () => {
    expect(fieldIdOf("office_name")).toBe("f-office_name");
    expect(fieldIdOf("initiatives[1].title")).toBe("f-initiatives-1-title");
    expect(fieldIdOf("initiatives[2]")).toBe("f-initiatives-2");
    expect(labelOfPath(model, "initiatives[1].title")).toBe("Initiative 2: Title");
    expect(labelOfPath(model, "initiatives[0]")).toBe("Initiative 1");
    expect(labelOfPath(model, "office_name")).toBe("Office");
    expect(labelOfPath(model, "unknown")).toBe("unknown");
  });
  it("shows values as words in the reader's locale", () => {
    const s = { yes: "Oui", no: "Non", empty: "—" };
    expect(displayValue({ id: "n", type: "number", label: "N", required: false }, 1234.5, s, "fr-FR")).toBe(new Intl.NumberFormat("fr-FR").format(1234.5));
    expect(displayValue({ id: "y", type: "yes_no", label: "Y", required: false }, false, s, "fr-FR")).toBe("Non");
    expect(displayValue({ id: "m", type: "multiple_choice", label: "M", required: false, options: [{ value: "a", label: "Alpha" }, { value: "b", label: "Beta" }] }, ["b", "a"], s, "fr-FR")).toBe("Beta, Alpha");
    expect(displayValue({ id: "t", type: "short_text", label: "T", required: false }, "", s, "fr-FR")).toBe("—");
    expect(displayValue({ id: "d", type: "date", label: "D", required: false }, "2027-01-05", s, "en-GB")).toBe("5 January 2027");
  });
});
