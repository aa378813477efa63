import { IP_AREAS } from "@/modules/activities/constants";
import { THEMES } from "@/modules/content/constants";
import type { InvalidParam } from "@/lib/errors";
import { hasControlCharacters } from "@/lib/validation/text";
import { findQuestion, topQuestions, type Definition, type LeafQuestion, type Question } from "./definition";

/**
 * A response's answers (docs/QUESTIONNAIRE.md, "Answers"): by question id; texts, dates
 * (YYYY-MM-DD) and single choices are strings, numbers numbers, yes/no booleans, multiple
 * choices, countries, IP areas and themes arrays of codes, and a group an array of items
 * that are answers of its own questions. An unanswered question has no key.
 */
export type AnswerValue = string | number | boolean | string[];
export type ItemAnswers = Record<string, AnswerValue>;
export type Answers = Record<string, AnswerValue | ItemAnswers[]>;

/** Whether a question is shown (and so may be required) given the answers around it. */
export function isVisible(q: Question | LeafQuestion, scope: Record<string, unknown>, top: Answers): boolean {
  if (!q.showIf) return true;
  const v = q.showIf.question in scope ? scope[q.showIf.question] : top[q.showIf.question];
  return v === q.showIf.equals;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

/** The path of an answer, as error messages, revisions and conflicts name it. */
export const pathOf = (id: string, group?: { id: string; index: number }) => (group ? `${group.id}[${group.index}].${id}` : id);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** The problem with one answer's value (null: fine). Codes are translated in locales/<lng>/questionnaire.json. */
function leafProblem(q: LeafQuestion, v: unknown, countries: ReadonlySet<string>): string | null {
  const codes = (allowed: readonly string[]) => (Array.isArray(v) && v.every((x) => typeof x === "string" && allowed.includes(x)) && new Set(v).size === v.length ? null : "invalidOption");
  switch (q.type) {
    case "short_text":
    case "long_text":
      if (typeof v !== "string") return "invalidText";
      if (hasControlCharacters(v, { multiline: q.type === "long_text" })) return "invalidText";
      return v.length > q.maxLength ? "tooLong" : null;
    case "number":
      if (typeof v !== "number" || !Number.isFinite(v)) return "invalidNumber";
      if (q.integer && !Number.isInteger(v)) return "notInteger";
      if (q.min !== undefined && v < q.min) return "tooSmall";
      if (q.max !== undefined && v > q.max) return "tooLarge";
      return null;
    case "date":
      return typeof v === "string" && validDate(v) ? null : "invalidDate";
    case "single_choice":
      return typeof v === "string" && q.options.some((o) => o.value === v) ? null : "invalidOption";
    case "multiple_choice":
      return codes(q.options.map((o) => o.value));
    case "countries":
      if (!Array.isArray(v) || !v.every((c) => typeof c === "string" && countries.has(c)) || new Set(v).size !== v.length) return "invalidCountry";
      return !q.multiple && v.length > 1 ? "oneCountry" : null;
    case "ip_areas":
      return codes(IP_AREAS);
    case "themes":
      return codes(THEMES);
    case "yes_no":
      return typeof v === "boolean" ? null : "invalidYesNo";
  }
}

/**
 * Checks that every answer fits its question (a draft may leave anything out, but what it
 * holds must be valid): an unknown question, a wrong value, a group with too many items. Each
 * problem names the answer's path. Empty values are dropped from the returned answers.
 */
export function checkAnswers(def: Definition, input: Record<string, unknown>, countries: ReadonlySet<string>): { answers: Answers; problems: InvalidParam[] } {
  const problems: InvalidParam[] = [];
  const answers: Answers = {};
  const byId = new Map(topQuestions(def).map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(input)) {
    const q = byId.get(id);
    if (!q) {
      problems.push({ name: id, reason: "unknownQuestion" });
      continue;
    }
    if (isEmpty(value)) continue;
    if (q.type !== "group") {
      const p = leafProblem(q, value, countries);
      if (p) problems.push({ name: id, reason: p });
      else answers[id] = value as AnswerValue;
      continue;
    }
    if (!Array.isArray(value) || !value.every((item) => item !== null && typeof item === "object" && !Array.isArray(item))) {
      problems.push({ name: id, reason: "invalidGroup" });
      continue;
    }
    if (value.length > q.maxItems) problems.push({ name: id, reason: "tooManyItems" });
    const children = new Map(q.questions.map((c) => [c.id, c]));
    const items: ItemAnswers[] = [];
    (value as Record<string, unknown>[]).forEach((item, index) => {
      const out: ItemAnswers = {};
      for (const [cid, cv] of Object.entries(item)) {
        const c = children.get(cid);
        const name = pathOf(cid, { id, index });
        if (!c) problems.push({ name, reason: "unknownQuestion" });
        else if (!isEmpty(cv)) {
          const p = leafProblem(c, cv, countries);
          if (p) problems.push({ name, reason: p });
          else out[cid] = cv as AnswerValue;
        }
      }
      items.push(out);
    });
    answers[id] = items;
  }
  return { answers, problems };
}

/**
 * What a submission still lacks: every required question that is shown, at the top level and
 * in each item of a group (a required group needs at least one item, and at least its minimum).
 */
export function missingRequired(def: Definition, answers: Answers): InvalidParam[] {
  const missing: InvalidParam[] = [];
  for (const q of topQuestions(def)) {
    if (!isVisible(q, answers, answers)) continue;
    const v = answers[q.id];
    if (q.type !== "group") {
      if (q.required && isEmpty(v)) missing.push({ name: q.id, reason: "required" });
      continue;
    }
    const items = Array.isArray(v) ? (v as ItemAnswers[]) : [];
    if ((q.required && items.length === 0) || items.length < q.minItems) missing.push({ name: q.id, reason: "requiredItems" });
    items.forEach((item, index) => {
      for (const c of q.questions) {
        if (c.required && isVisible(c, item, answers) && isEmpty(item[c.id])) missing.push({ name: pathOf(c.id, { id: q.id, index }), reason: "required" });
      }
    });
  }
  return missing;
}

/** Answers of questions that are hidden by their condition are kept out of what is submitted. */
export function withoutHidden(def: Definition, answers: Answers): Answers {
  const out: Answers = {};
  for (const q of topQuestions(def)) {
    if (!(q.id in answers) || !isVisible(q, answers, answers)) continue;
    if (q.type !== "group") out[q.id] = answers[q.id]!;
    else out[q.id] = (answers[q.id] as ItemAnswers[]).map((item) => Object.fromEntries(q.questions.filter((c) => c.id in item && isVisible(c, item, answers)).map((c) => [c.id, item[c.id]!])));
  }
  return out;
}

const canonical = (v: unknown): string => (v === undefined ? "" : JSON.stringify(Array.isArray(v) && v.every((x) => typeof x === "string") ? [...v].sort() : v));

/** Every answer path whose value differs between two sets of answers (items compared by position). */
export function changedPaths(def: Definition, before: Answers, after: Answers): string[] {
  const paths: string[] = [];
  for (const q of topQuestions(def)) {
    if (q.type !== "group") {
      if (canonical(before[q.id]) !== canonical(after[q.id])) paths.push(q.id);
      continue;
    }
    const a = (before[q.id] as ItemAnswers[] | undefined) ?? [];
    const b = (after[q.id] as ItemAnswers[] | undefined) ?? [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (!a[i] || !b[i]) {
        paths.push(`${q.id}[${i}]`);
        continue;
      }
      for (const c of q.questions) if (canonical(a[i]![c.id]) !== canonical(b[i]![c.id])) paths.push(pathOf(c.id, { id: q.id, index: i }));
    }
  }
  return paths;
}

/** The value at an answer path ("title", "initiatives[1].results", "initiatives[2]"). */
export function valueAt(answers: Answers, path: string): AnswerValue | ItemAnswers | undefined {
  const m = /^([a-z][a-z0-9_]*)(?:\[(\d+)\](?:\.([a-z][a-z0-9_]*))?)?$/.exec(path);
  if (!m) return undefined;
  const top = answers[m[1]!];
  if (m[2] === undefined) return top as AnswerValue | undefined;
  const item = Array.isArray(top) ? (top as ItemAnswers[])[Number(m[2])] : undefined;
  if (!item || typeof item !== "object") return undefined;
  return m[3] === undefined ? item : item[m[3]];
}

/** A copy of `answers` with the value at `path` replaced by `value` (undefined: removed). */
export function setAt(answers: Answers, path: string, value: AnswerValue | ItemAnswers | undefined): Answers {
  const m = /^([a-z][a-z0-9_]*)(?:\[(\d+)\](?:\.([a-z][a-z0-9_]*))?)?$/.exec(path);
  if (!m) return answers;
  const out: Answers = { ...answers };
  const id = m[1]!;
  if (m[2] === undefined) {
    if (value === undefined) delete out[id];
    else out[id] = value as AnswerValue;
    return out;
  }
  const items = [...(((out[id] as ItemAnswers[] | undefined) ?? []) as ItemAnswers[])];
  const i = Number(m[2]);
  if (m[3] === undefined) {
    if (value === undefined) items.splice(i, 1);
    else items[i] = value as ItemAnswers;
  } else {
    while (items.length <= i) items.push({});
    const item = { ...items[i]! };
    if (value === undefined) delete item[m[3]];
    else item[m[3]] = value as AnswerValue;
    items[i] = item;
  }
  out[id] = items;
  return out;
}

export interface Conflict {
  path: string;
  base: AnswerValue | ItemAnswers | undefined;
  mine: AnswerValue | ItemAnswers | undefined;
  theirs: AnswerValue | ItemAnswers | undefined;
}

/**
 * A save made on an old version, laid beside what was saved since (a three-way comparison on
 * the version the person started from). What only this person changed is kept; what only the
 * others changed is taken from them (this person had not touched it); what both changed is a
 * conflict that keeps this person's value until they choose. Nothing anyone typed is dropped.
 */
export function mergeForConflict(def: Definition, base: Answers, mine: Answers, theirs: Answers): { merged: Answers; conflicts: Conflict[]; takenFromOthers: string[] } {
  const mineChanged = new Set(changedPaths(def, base, mine));
  const theirsChanged = changedPaths(def, base, theirs);
  let merged = mine;
  const conflicts: Conflict[] = [];
  const takenFromOthers: string[] = [];
  // Items the others removed go last and from the highest index down, so that removing one does
  // not shift the positions the other paths name.
  const removal = (p: string) => /\]$/.test(p) && valueAt(theirs, p) === undefined;
  const ordered = [...theirsChanged.filter((p) => !removal(p)), ...theirsChanged.filter(removal).reverse()];
  for (const path of ordered) {
    const itemPath = path.replace(/\.[a-z0-9_]+$/, "");
    const bothChanged = mineChanged.has(path) || mineChanged.has(itemPath) || [...mineChanged].some((p) => p.startsWith(`${path}.`));
    if (bothChanged) {
      if (canonical(valueAt(mine, path)) !== canonical(valueAt(theirs, path))) conflicts.push({ path, base: valueAt(base, path), mine: valueAt(mine, path), theirs: valueAt(theirs, path) });
    } else {
      merged = setAt(merged, path, valueAt(theirs, path));
      takenFromOthers.push(path);
    }
  }
  return { merged, conflicts, takenFromOthers };
}

/** The label of the question an answer path names, for lists of changes and missing answers. */
export function questionAt(def: Definition, path: string): Question | LeafQuestion | undefined {
  const m = /^([a-z][a-z0-9_]*)(?:\[(\d+)\](?:\.([a-z][a-z0-9_]*))?)?$/.exec(path);
  if (!m) return undefined;
  return findQuestion(def, m[3] ?? m[1]!);
}
