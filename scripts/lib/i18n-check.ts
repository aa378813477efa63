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

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Compares one locale's namespace with the reference (English) one. */
export function compareNamespace(reference: Messages, candidate: Messages, label: string): string[] {
  const ref = flatten(reference);
  const cand = flatten(candidate);
  const problems: string[] = [];
  for (const [key, value] of ref) {
    const other = cand.get(key);
    if (other === undefined) problems.push(`${label}: missing key "${key}"`);
    else if (!other.trim()) problems.push(`${label}: empty value for "${key}"`);
    else if (placeholders(value).join() !== placeholders(other).join())
      problems.push(`${label}: "${key}" must use the placeholders {{${placeholders(value).join("}}, {{")}}}`);
  }
  for (const key of cand.keys()) if (!ref.has(key)) problems.push(`${label}: unknown key "${key}" (not in English)`);
  return problems;
}

/** Literal keys passed to t("…") in source files. */
export function keysUsedIn(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*"([^"]+)"/g)].map((m) => m[1]!);
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
  for (const file of files) {
    const ref = read(reference, file);
    for (const key of flatten(ref).keys()) allKeys.add(key);
    for (const lng of locales) {
      if (lng === reference) continue;
      if (!existsSync(path.join(dir(lng), file))) {
        problems.push(`${lng}/${file}: file missing`);
        continue;
      }
      problems.push(...compareNamespace(ref, read(lng, file), `${lng}/${file}`));
    }
  }
  for (const lng of locales) {
    if (!existsSync(dir(lng))) continue;
    for (const file of readdirSync(dir(lng))) if (!files.includes(file)) problems.push(`${lng}/${file}: no English file`);
  }
  for (const file of walk(path.join(root, "src"))) {
    for (const key of keysUsedIn(readFileSync(file, "utf8"))) {
      if (!allKeys.has(key)) problems.push(`${path.relative(root, file)}: t("${key}") has no English string`);
    }
  }
  return problems;
}
