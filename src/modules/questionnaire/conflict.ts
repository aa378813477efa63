import { setAt, valueAt, type Answers, type AnswerValue, type ItemAnswers } from "./answers";

/**
 * The pieces of the conflict view (components/response-form.tsx) that do not need a page: what a
 * form's answers hold once the empty fields are left out, how the person resolved each conflict,
 * and who made the change a field was updated with.
 */

const isEmpty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

/**
 * Answers as read from a form, without the fields left empty (a form sends every field; a stored
 * response has no key for an unanswered question), so that comparing them with stored answers
 * counts only what the person actually wrote. Items of a group are kept, even empty ones.
 */
export function compactAnswers(raw: Record<string, unknown>): Answers {
  const out: Answers = {};
  for (const [id, v] of Object.entries(raw)) {
    if (Array.isArray(v) && v.some((x) => x !== null && typeof x === "object")) {
      out[id] = (v as Record<string, unknown>[]).map((item) => Object.fromEntries(Object.entries(item ?? {}).filter(([, x]) => !isEmpty(x))) as ItemAnswers);
    } else if (!isEmpty(v)) out[id] = v as AnswerValue;
  }
  return out;
}

export type Resolution = "mine" | "theirs";

/** The conflicts' radios (`resolve.<path>` = mine | theirs) a form sent, by answer path. */
export function resolutionsFromForm(form: { entries(): Iterable<[string, unknown]> }): Record<string, Resolution> {
  const out: Record<string, Resolution> = {};
  for (const [name, value] of form.entries()) {
    const m = /^resolve\.([a-z][a-z0-9_]*(?:\[\d+\](?:\.[a-z][a-z0-9_]*)?)?)$/.exec(name);
    if (m && (value === "mine" || value === "theirs")) out[m[1]!] = value;
  }
  return out;
}

/**
 * The answers to save after the person chose: every path resolved "theirs" takes the value the
 * other person saved (`theirs`, the answers of the version the form is now based on); "mine"
 * keeps what is in the field. An item the others removed is removed, from the highest index down.
 */
export function applyResolutions(answers: Answers, resolutions: Record<string, Resolution>, theirs: Answers): Answers {
  const paths = Object.entries(resolutions)
    .filter(([, r]) => r === "theirs")
    .map(([p]) => p);
  const removal = (p: string) => /\]$/.test(p) && valueAt(theirs, p) === undefined;
  const index = (p: string) => Number(/\[(\d+)\]$/.exec(p)?.[1] ?? 0);
  const ordered = [...paths.filter((p) => !removal(p)), ...paths.filter(removal).sort((a, b) => index(b) - index(a))];
  let out = answers;
  for (const path of ordered) out = setAt(out, path, valueAt(theirs, path));
  return out;
}

/** The save (newest first) that changed `path` or the whole item it is in; its author's name. */
export function whoChanged(changes: readonly { by: string; fields: readonly string[] }[], path: string): string | undefined {
  const item = path.replace(/\.[a-z0-9_]+$/, "");
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i]!;
    if (c.fields.some((f) => f === path || f === item || f.startsWith(`${path}.`))) return c.by;
  }
  return undefined;
}
