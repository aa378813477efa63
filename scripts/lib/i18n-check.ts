import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type Messages = { [key: string]: string | Messages };

export function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** Names interpolated in a string: `{{name}}`, also with a format (`{{count, number}}`). */
export const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!))].sort();

const PLURAL_SUFFIX = /^(.+)_(zero|one|two|few|many|other)$/;

/** The plural forms a language needs (CLDR, through Intl): en one/other, ar all six, zh other only. */
export function pluralCategories(lng: string): string[] {
  return new Intl.PluralRules(lng).resolvedOptions().pluralCategories as string[];
}

/**
 * Splits flattened keys into plain keys and plural groups (i18next's `key_one`, `key_other`…):
 * a group is a base key whose forms include `_other`, the one every language has.
 */
export function pluralGroups(keys: Iterable<string>): { plain: Set<string>; plural: Map<string, Set<string>> } {
  const forms = new Map<string, Set<string>>();
  const all = new Set(keys);
  for (const key of all) {
    const m = PLURAL_SUFFIX.exec(key);
    if (m) forms.set(m[1]!, (forms.get(m[1]!) ?? new Set()).add(m[2]!));
  }
  const plural = new Map([...forms].filter(([, f]) => f.has("other")));
  const plain = new Set([...all].filter((k) => {
    const m = PLURAL_SUFFIX.exec(k);
    return !(m && plural.has(m[1]!));
  }));
  return { plain, plural };
}

/**
 * Checks one plural group of a locale: every form the language needs is there, no form it
 * never uses is (`_zero` may be added anywhere: i18next uses it for a count of 0).
 */
export function checkPluralForms(base: string, forms: Set<string>, lng: string, label: string): string[] {
  const needed = pluralCategories(lng);
  const problems: string[] = [];
  for (const category of needed) if (!forms.has(category)) problems.push(`${label}: plural "${base}" lacks the form "${base}_${category}" (${lng} needs ${needed.join(", ")})`);
  for (const form of forms) if (form !== "zero" && !needed.includes(form)) problems.push(`${label}: "${base}_${form}" is not a plural form of ${lng} (it has ${needed.join(", ")})`);
  return problems;
}

const withoutCount = (names: string[]) => names.filter((n) => n !== "count").join();

/**
 * Compares one locale's namespace with the reference (English) one. Plural keys are
 * compared as groups: each locale has the forms its own language needs (checked when `lng`
 * is given), and a form may leave the number out ("نشاطان", "une activité") but must use
 * every other placeholder of the English `_other` form.
 */
export function compareNamespace(reference: Messages, candidate: Messages, label: string, lng?: string): string[] {
  const ref = flatten(reference);
  const cand = flatten(candidate);
  const refGroups = pluralGroups(ref.keys());
  const candGroups = pluralGroups(cand.keys());
  const problems: string[] = [];
  const checkText = (key: string, expected: string[], plural: boolean) => {
    const other = cand.get(key);
    const found = other === undefined ? [] : placeholders(other);
    if (other === undefined) problems.push(`${label}: missing key "${key}"`);
    else if (!other.trim()) problems.push(`${label}: empty value for "${key}"`);
    else if (plural ? withoutCount(found) !== withoutCount(expected) : found.join() !== expected.join())
      problems.push(`${label}: "${key}" must use the placeholders {{${expected.join("}}, {{")}}}`);
  };
  for (const key of refGroups.plain) {
    if (candGroups.plural.has(key)) problems.push(`${label}: "${key}" is a plural here but a single string in English`);
    else checkText(key, placeholders(ref.get(key)!), false);
  }
  for (const base of refGroups.plural.keys()) {
    const forms = candGroups.plural.get(base);
    if (!forms) {
      problems.push(`${label}: missing plural key "${base}" (${base}_other…)`);
      continue;
    }
    const expected = placeholders(ref.get(`${base}_other`)!);
    for (const form of forms) checkText(`${base}_${form}`, expected, true);
    if (lng) problems.push(...checkPluralForms(base, forms, lng, label));
  }
  for (const key of candGroups.plain) if (!refGroups.plain.has(key) && !refGroups.plural.has(key)) problems.push(`${label}: unknown key "${key}" (not in English)`);
  for (const base of candGroups.plural.keys()) if (!refGroups.plural.has(base) && !refGroups.plain.has(base)) problems.push(`${label}: unknown key "${base}" (not in English)`);
  return problems;
}

/** The reference locale's own plural groups must have its language's forms too. */
export function checkReferencePlurals(reference: Messages, lng: string, label: string): string[] {
  const ref = flatten(reference);
  const problems: string[] = [];
  for (const [base, forms] of pluralGroups(ref.keys()).plural) {
    problems.push(...checkPluralForms(base, forms, lng, label));
    for (const form of forms) if (!ref.get(`${base}_${form}`)!.trim()) problems.push(`${label}: empty value for "${base}_${form}"`);
  }
  return problems;
}

/** Literal keys passed to t("…") in source files. */
export function keysUsedIn(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*"([^"]+)"/g)].map((m) => m[1]!);
}

/** Literal keys passed to t("…", { count … }): each must be a plural group in English. */
export function keysWithCountIn(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*"([^"]+)"\s*,\s*\{[^}]*\bcount\b/g)].map((m) => m[1]!);
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry !== "generated") walk(full, out);
    } else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) out.push(full);
  }
  return out;
}

export function checkProject(root: string, locales: readonly string[], reference = "en"): string[] {
  const dir = (lng: string) => path.join(root, "locales", lng);
  const read = (lng: string, file: string) => JSON.parse(readFileSync(path.join(dir(lng), file), "utf8")) as Messages;
  const files = readdirSync(dir(reference)).filter((f) => f.endsWith(".json"));
  const problems: string[] = [];
  const allKeys = new Set<string>();
  const pluralKeys = new Set<string>();
  for (const file of files) {
    const ref = read(reference, file);
    const { plain, plural } = pluralGroups(flatten(ref).keys());
    // t("key", { count }) names the base of a plural group.
    for (const key of [...plain, ...plural.keys()]) allKeys.add(key);
    for (const key of plural.keys()) pluralKeys.add(key);
    problems.push(...checkReferencePlurals(ref, reference, `${reference}/${file}`));
    for (const lng of locales) {
      if (lng === reference) continue;
      if (!existsSync(path.join(dir(lng), file))) {
        problems.push(`${lng}/${file}: file missing`);
        continue;
      }
      problems.push(...compareNamespace(ref, read(lng, file), `${lng}/${file}`, lng));
    }
  }
  for (const lng of locales) {
    if (!existsSync(dir(lng))) continue;
    for (const file of readdirSync(dir(lng))) if (!files.includes(file)) problems.push(`${lng}/${file}: no English file`);
  }
  for (const file of walk(path.join(root, "src"))) {
    const source = readFileSync(file, "utf8");
    for (const key of keysUsedIn(source)) {
      if (!allKeys.has(key)) problems.push(`${path.relative(root, file)}: t("${key}") has no English string`);
    }
    for (const key of keysWithCountIn(source)) {
      if (allKeys.has(key) && !pluralKeys.has(key)) problems.push(`${path.relative(root, file)}: t("${key}") is given a count but has no plural forms (${key}_one, ${key}_other…)`);
    }
  }
  return problems;
}
