import { topQuestions, type Definition, type LeafQuestion } from "./definition";
import type { Answers } from "./answers";

/**
 * How the JS-free form names its fields (components/response-form.tsx writes them, this reads
 * them back): `q.<id>` for a question, `q.<group>.<index>.<id>` for a question of a group's
 * item, `items.<group>` the number of items the page showed; several values for the same name
 * are the ticked boxes of a multiple choice. A value the person typed that is not valid (a
 * number with letters) is kept as typed, so that checking it names the field.
 */
export const fieldName = (id: string, group?: { id: string; index: number }) => (group ? `q.${group.id}.${group.index}.${id}` : `q.${id}`);
export const itemsField = (groupId: string) => `items.${groupId}`;

type Form = { getAll(name: string): unknown[]; get(name: string): unknown };

function readLeaf(q: LeafQuestion, form: Form, name: string): unknown {
  const strings = form.getAll(name).filter((v): v is string => typeof v === "string");
  const one = (strings[0] ?? "").replace(/\r\n/g, "\n");
  switch (q.type) {
    case "multiple_choice":
    case "ip_areas":
    case "themes":
    case "countries":
      return strings.filter((s) => s !== "");
    case "number": {
      const t = one.trim().replace(/\s/g, "");
      if (t === "") return undefined;
      // "1,000" (English) and "1.000" (French, Spanish, Portuguese) are a thousand, "2,5" two and a half:
      // a lone separator before exactly three digits could be either, so it is kept as typed (checking names it).
      if (/^-?[1-9]\d{0,2}[.,]\d{3}$/.test(t)) return t;
      const n = Number(t.replace(",", "."));
      return Number.isFinite(n) && /^-?[\d.,]+$/.test(t) ? n : t;
    }
    case "yes_no":
      return one === "yes" ? true : one === "no" ? false : undefined;
    case "short_text":
      return one.trim();
    default:
      return one;
  }
}

/** The answers a submitted form holds, before they are checked against the definition. */
export function answersFromForm(def: Definition, form: Form): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of topQuestions(def)) {
    if (q.type !== "group") {
      out[q.id] = readLeaf(q, form, fieldName(q.id));
      continue;
    }
    const count = Math.min(Math.max(0, Number.parseInt(String(form.get(itemsField(q.id)) ?? "0"), 10) || 0), q.maxItems + 1);
    out[q.id] = Array.from({ length: count }, (_, index) => Object.fromEntries(q.questions.map((c) => [c.id, readLeaf(c, form, fieldName(c.id, { id: q.id, index }))])));
  }
  return out;
}

/** What the person asked for with the button they pressed. */
export type Intent = { kind: "save" } | { kind: "submit" } | { kind: "add"; group: string } | { kind: "remove"; group: string; index: number };

export function intentOf(value: unknown): Intent {
  const s = typeof value === "string" ? value : "";
  if (s === "submit") return { kind: "submit" };
  const add = /^add:([a-z][a-z0-9_]*)$/.exec(s);
  if (add) return { kind: "add", group: add[1]! };
  const remove = /^remove:([a-z][a-z0-9_]*):(\d+)$/.exec(s);
  if (remove) return { kind: "remove", group: remove[1]!, index: Number(remove[2]) };
  return { kind: "save" };
}

/** The answers after an add or remove button: one more (empty) item, or one fewer. */
export function applyIntent(def: Definition, answers: Answers, intent: Intent): Answers {
  if (intent.kind !== "add" && intent.kind !== "remove") return answers;
  const group = topQuestions(def).find((q) => q.id === intent.group && q.type === "group");
  if (!group || group.type !== "group") return answers;
  const items = [...(((answers[group.id] as Answers[typeof group.id] | undefined) ?? []) as Record<string, never>[])];
  if (intent.kind === "add" && items.length < group.maxItems) items.push({});
  if (intent.kind === "remove") items.splice(intent.index, 1);
  return { ...answers, [group.id]: items };
}
