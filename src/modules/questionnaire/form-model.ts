import type { LeafQuestion } from "./definition";

/**
 * A round's definition as one reader sees it: every label, help text and option in the reader's
 * language, each condition spelt out ("Answer only if …"). Built by the page on the server,
 * handed to the form (a client component) and to the read-only and receipt views.
 */
export interface FieldModel {
  id: string;
  type: LeafQuestion["type"];
  label: string;
  /** The language the label is in when it is not the reader's. */
  labelLang?: string;
  help?: string;
  required: boolean;
  /** "Answer only if “…” is “…”". */
  condition?: string;
  options?: { value: string; label: string }[];
  multiple?: boolean;
}

export interface GroupModel extends Omit<FieldModel, "type" | "options" | "multiple"> {
  type: "group";
  itemLabel: string;
  maxItems: number;
  questions: FieldModel[];
}

export interface SectionModel {
  id: string;
  title: string;
  help?: string;
  questions: (FieldModel | GroupModel)[];
}

export interface FormModel {
  title: string;
  intro?: string;
  sections: SectionModel[];
}

/** The id of the element that holds an answer path's field ("initiatives[1].title" → "f-initiatives-1-title"). */
export function fieldIdOf(path: string): string {
  return `f-${path.replace(/\[(\d+)\]\.?/g, "-$1-").replace(/\.|-$/g, (m) => (m === "." ? "-" : ""))}`;
}

/** The answer path of a question, at the top level or in a group's item. */
export const answerPath = (id: string, group?: { id: string; index: number }) => (group ? `${group.id}[${group.index}].${id}` : id);

/** The label of the question an answer path names ("Initiative 2: Title"), for lists of changes and errors. */
export function labelOfPath(model: FormModel, path: string): string {
  const m = /^([a-z][a-z0-9_]*)(?:\[(\d+)\](?:\.([a-z][a-z0-9_]*))?)?$/.exec(path);
  if (!m) return path;
  for (const s of model.sections)
    for (const q of s.questions) {
      if (q.id !== m[1]) continue;
      if (q.type !== "group" || m[2] === undefined) return q.label;
      const item = `${q.itemLabel} ${Number(m[2]) + 1}`;
      if (m[3] === undefined) return item;
      const child = q.questions.find((c) => c.id === m[3]);
      return child ? `${item}: ${child.label}` : item;
    }
  return path;
}

export interface DisplayStrings {
  yes: string;
  no: string;
  empty: string;
}

/** An answer as words: options by their labels, yes/no, numbers and dates in the reader's locale. */
export function displayValue(field: FieldModel, value: unknown, s: DisplayStrings, localeTag: string): string {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return s.empty;
  const label = (v: string) => field.options?.find((o) => o.value === v)?.label ?? v;
  if (typeof value === "boolean") return value ? s.yes : s.no;
  if (typeof value === "number") return new Intl.NumberFormat(localeTag).format(value);
  if (Array.isArray(value)) return value.map((v) => label(String(v))).join(", ");
  if (typeof value === "object") return s.empty;
  if (field.type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value as string)) {
    return new Intl.DateTimeFormat(localeTag, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${value as string}T00:00:00Z`));
  }
  return field.options ? label(String(value)) : String(value);
}
