import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { StoryInput } from "./schemas";

/**
 * The story form's fields ↔ the story input (storyInputSchema). The form works without
 * JavaScript: one fieldset per language (title_xx, summary_xx, body_xx, results_xx and the
 * complete_xx checkbox), checkboxes and multiple selects (repeated names) for the lists, one
 * text area per list of names or identifiers (one a line).
 */
export const STORY_TEXTS = ["title", "summary", "body", "results"] as const;
export const MULTI_FIELDS = ["themes", "ipAreas", "countries", "partnerCountries", "complete"] as const;
export const TEXT_FIELDS = [
  "sourceLocale", "partners", "igoSupport", "donorCountry", "periodStart", "periodEnd", "activityIds", "matchIds", "consultantIds",
  ...STORY_TEXTS.flatMap((f) => LOCALES.map((l) => `${f}_${l}`)),
] as const;

/** What was typed, as the form names it: sent back with every answer, so nothing typed is lost. */
export type StoryFormValues = Record<string, string | string[]>;

interface FormLike {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

export function storyFormValues(form: FormLike): StoryFormValues {
  const values: StoryFormValues = {};
  for (const f of MULTI_FIELDS) values[f] = form.getAll(f).map(str).filter(Boolean);
  for (const f of TEXT_FIELDS) values[f] = str(form.get(f));
  return values;
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.trim() : "");
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
const lines = (v: string | string[] | undefined) =>
  one(v)
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
/** A year as typed: empty → null, digits → the number, anything else stays a string for the schema to refuse by name. */
const yearOf = (v: string | string[] | undefined) => {
  const s = one(v);
  if (s === "") return null;
  return /^\d+$/.test(s) ? Number(s) : s;
};

/** The form's values → the raw input the schema validates (its codes name the same fields). */
export function formToStoryInput(values: StoryFormValues): Record<string, unknown> {
  const localized = (prefix: string) => Object.fromEntries(LOCALES.map((l) => [l, one(values[`${prefix}_${l}`])]).filter(([, v]) => v !== ""));
  const source = one(values.sourceLocale);
  const complete = many(values.complete);
  return {
    sourceLocale: source || undefined,
    // The source language first, as the record stores it.
    completeLocales: [...new Set([...complete.filter((l) => l === source), ...complete.filter((l) => l !== source)])],
    title: localized("title"),
    summary: localized("summary"),
    body: localized("body"),
    results: localized("results"),
    themes: many(values.themes),
    ipAreas: many(values.ipAreas),
    countries: many(values.countries),
    partnerCountries: many(values.partnerCountries),
    partners: lines(values.partners),
    igoSupport: one(values.igoSupport) === "1",
    donorCountry: one(values.donorCountry) || null,
    periodStart: yearOf(values.periodStart),
    periodEnd: yearOf(values.periodEnd),
    activityIds: lines(values.activityIds),
    matchIds: lines(values.matchIds),
    consultantIds: lines(values.consultantIds),
  };
}

/** A stored story in the form's fields (the edit page's starting values, and the other person's version after a conflict). */
export function storyToFormValues(s: StoryInput): StoryFormValues {
  const values: StoryFormValues = {
    sourceLocale: s.sourceLocale,
    complete: [...s.completeLocales],
    themes: [...s.themes],
    ipAreas: [...s.ipAreas],
    countries: [...s.countries],
    partnerCountries: [...s.partnerCountries],
    partners: s.partners.join("\n"),
    igoSupport: s.igoSupport ? "1" : "",
    donorCountry: s.donorCountry ?? "",
    periodStart: s.periodStart === null ? "" : String(s.periodStart),
    periodEnd: s.periodEnd === null ? "" : String(s.periodEnd),
    activityIds: s.activityIds.join("\n"),
    matchIds: s.matchIds.join("\n"),
    consultantIds: s.consultantIds.join("\n"),
  };
  for (const f of STORY_TEXTS) for (const l of LOCALES) values[`${f}_${l}`] = s[f][l] ?? "";
  return values;
}

/** A blank story in the reader's language. */
export const blankStoryValues = (lng: Locale): StoryFormValues => ({ sourceLocale: lng, complete: [lng] });

/**
 * A problem's field path (`title.en`, `completeLocales.1`, `activityIds.2`) → the form field it
 * belongs to (`title_en`, `complete_<the language at index 1>`, `activityIds`).
 */
export function formFieldOf(path: string, sent: Record<string, unknown>): string {
  const [head, second] = path.replace(/^body\./, "").split(".");
  if (!head) return path;
  if ((STORY_TEXTS as readonly string[]).includes(head) && second && (LOCALES as readonly string[]).includes(second)) return `${head}_${second}`;
  if (head === "completeLocales") {
    const l = (sent.completeLocales as string[] | undefined)?.[Number(second)];
    return l ? `complete_${l}` : "complete";
  }
  return head;
}

const norm = (v: string | string[] | undefined) => (Array.isArray(v) ? [...v].sort().join("\n") : (v ?? "").trim());

/** The fields whose values differ between two versions of the form (after a 409: what the other person saved). */
export function changedStoryFields(mine: StoryFormValues, theirs: StoryFormValues): string[] {
  return [...MULTI_FIELDS, ...TEXT_FIELDS].filter((f) => norm(mine[f]) !== norm(theirs[f]));
}
