import { diffWordsWithSpace } from "diff";
import { LOCALES } from "@/lib/i18n/locales";
import type { ContentCopy } from "./schemas";

export interface DiffPart {
  text: string;
  change: "added" | "removed" | "same";
}

export interface FieldDiff {
  /** "title.ar", "startsAt", "documentIds". */
  field: string;
  parts: DiffPart[];
}

const PER_LOCALE = ["slug", "title", "summary", "body", "place"] as const;
const SINGLE = ["theme", "order", "template", "date", "datePrecision", "startsAt", "endsAt", "timeZone", "countryCode", "online", "onlineUrl", "languages", "documentType", "symbol", "url", "fileId", "documentIds", "sourceLocale"] as const;

const asText = (v: unknown) => (v === null || v === undefined ? "" : Array.isArray(v) ? v.join(", ") : String(v));

/** What changed between two revisions' copies, field by field, word by word (only the fields that differ). */
export function diffCopies(older: ContentCopy, newer: ContentCopy): FieldDiff[] {
  const fields: FieldDiff[] = [];
  const compare = (field: string, a: string, b: string) => {
    if (a === b) return;
    fields.push({ field, parts: diffWordsWithSpace(a, b).map((p) => ({ text: p.value, change: p.added ? "added" : p.removed ? "removed" : "same" })) });
  };
  for (const f of PER_LOCALE) for (const l of LOCALES) compare(`${f}.${l}`, older[f][l] ?? "", newer[f][l] ?? "");
  for (const f of SINGLE) compare(f, asText(older[f]), asText(newer[f]));
  return fields;
}
