import { LOCALES } from "@/lib/i18n/locales";
import type { ListingInput } from "./schemas";

/**
 * The listing form's fields ↔ the listing input (listingInputSchema). The form works without
 * JavaScript: multiple choices are checkboxes or a multiple select (repeated names), the
 * languages checkboxes for the portal's languages plus one text field of other ISO 639 codes,
 * the title and description one field per locale.
 */
export const MULTI_FIELDS = ["forms", "ipAreas", "themes", "countries", "regions", "languages"] as const;
export const TEXT_FIELDS = [
  "kind", "organisation", "organisationType", "ownerCountry", "supportType", "languagesOther", "budgetMin", "budgetMax", "currency",
  "deadline", "timeframe", "contactName", "contactEmail", "contactPhone",
  ...LOCALES.map((l) => `title_${l}`), ...LOCALES.map((l) => `description_${l}`),
] as const;

/** What was typed, as the form names it: sent back with every answer, so nothing typed is lost. */
export type ListingFormValues = Record<string, string | string[]>;

interface FormLike {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

export function listingFormValues(form: FormLike): ListingFormValues {
  const values: ListingFormValues = {};
  for (const f of MULTI_FIELDS) values[f] = form.getAll(f).map(str).filter(Boolean);
  for (const f of TEXT_FIELDS) values[f] = str(form.get(f));
  return values;
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.trim() : "");
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
const optional = (v: string | string[] | undefined) => one(v) || null;
const amount = (v: string | string[] | undefined) => {
  const s = one(v).replace(/[\s,]/g, "");
  return s === "" ? null : Number(s);
};
const codes = (v: string | string[] | undefined) =>
  one(v)
    .split(/[\s,;]+/)
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);

/** The form's values → the raw input the schema validates (its codes name the same fields). */
export function formToListingInput(values: ListingFormValues): Record<string, unknown> {
  const localized = (prefix: string) => Object.fromEntries(LOCALES.map((l) => [l, one(values[`${prefix}_${l}`])]).filter(([, v]) => v !== ""));
  return {
    kind: one(values.kind),
    title: localized("title"),
    description: localized("description"),
    organisation: one(values.organisation),
    organisationType: one(values.organisationType) || undefined,
    ownerCountry: optional(values.ownerCountry),
    supportType: one(values.supportType) || undefined,
    forms: many(values.forms),
    ipAreas: many(values.ipAreas),
    themes: many(values.themes),
    countries: many(values.countries),
    regions: many(values.regions),
    languages: [...new Set([...many(values.languages), ...codes(values.languagesOther)])],
    budgetMin: amount(values.budgetMin),
    budgetMax: amount(values.budgetMax),
    currency: optional(values.currency)?.toUpperCase() ?? null,
    deadline: optional(values.deadline),
    timeframe: one(values.timeframe),
    contactName: one(values.contactName),
    contactEmail: one(values.contactEmail),
    contactPhone: optional(values.contactPhone),
  };
}

/** A stored listing in the form's fields (the edit page's starting values, and the other person's version after a conflict). */
export function listingToFormValues(p: ListingInput): ListingFormValues {
  const portal = new Set<string>(LOCALES);
  const values: ListingFormValues = {
    kind: p.kind,
    organisation: p.organisation,
    organisationType: p.organisationType,
    ownerCountry: p.ownerCountry ?? "",
    supportType: p.supportType,
    forms: p.forms,
    ipAreas: p.ipAreas,
    themes: p.themes,
    countries: p.countries,
    regions: p.regions,
    languages: p.languages.filter((l) => portal.has(l)),
    languagesOther: p.languages.filter((l) => !portal.has(l)).join(", "),
    budgetMin: p.budgetMin === null ? "" : String(p.budgetMin),
    budgetMax: p.budgetMax === null ? "" : String(p.budgetMax),
    currency: p.currency ?? "",
    deadline: p.deadline ?? "",
    timeframe: p.timeframe,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    contactPhone: p.contactPhone ?? "",
  };
  for (const l of LOCALES) {
    values[`title_${l}`] = p.title[l] ?? "";
    values[`description_${l}`] = p.description[l] ?? "";
  }
  return values;
}

const norm = (v: string | string[] | undefined) => (Array.isArray(v) ? [...v].sort().join("\n") : (v ?? "").trim());

/** The fields whose values differ between two versions of the form (after a 409: what the other person saved). */
export function changedFields(mine: ListingFormValues, theirs: ListingFormValues): string[] {
  return [...MULTI_FIELDS, ...TEXT_FIELDS].filter((f) => norm(mine[f]) !== norm(theirs[f]));
}
