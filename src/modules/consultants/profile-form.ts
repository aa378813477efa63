import { LOCALES } from "@/lib/i18n/locales";
import type { ConsultantProfileInput } from "./schemas";

/**
 * The profile form's fields ↔ the profile input (consultantProfileInputSchema). The form works
 * without JavaScript: multiple choices are checkboxes or a multiple select (repeated names),
 * languages one text field `code:level;…` (as the import's lists), the bio one text area per locale.
 */
export const MULTI_FIELDS = ["nationalities", "ipAreas", "skills", "sectors"] as const;
export const TEXT_FIELDS = [
  "fullName", "latinName", "residenceCountry", "gender", "organisation", "position", "yearsExperience", "languages",
  "availability", "unavailableUntil", "email", "phone", ...LOCALES.map((l) => `bio_${l}`),
] as const;
export const CHECK_FIELDS = ["travel", "remote"] as const;

/** What was typed, as the form names it: sent back with every answer, so nothing typed is lost. */
export type ProfileFormValues = Record<string, string | string[]>;

interface FormLike {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

export function profileFormValues(form: FormLike): ProfileFormValues {
  const values: ProfileFormValues = {};
  for (const f of MULTI_FIELDS) values[f] = form.getAll(f).map(str).filter(Boolean);
  for (const f of TEXT_FIELDS) values[f] = str(form.get(f));
  for (const f of CHECK_FIELDS) values[f] = form.get(f) === "true" ? "true" : "";
  return values;
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.trim() : "");
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
const optional = (v: string | string[] | undefined) => one(v) || null;

/** The form's values → the raw input the schema validates (codes name the same fields). */
export function formToProfileInput(values: ProfileFormValues): Record<string, unknown> {
  const years = one(values.yearsExperience);
  return {
    fullName: one(values.fullName),
    latinName: optional(values.latinName),
    nationalities: many(values.nationalities),
    residenceCountry: one(values.residenceCountry) || undefined,
    gender: optional(values.gender),
    organisation: one(values.organisation),
    position: one(values.position),
    ipAreas: many(values.ipAreas),
    skills: many(values.skills),
    sectors: many(values.sectors),
    yearsExperience: years === "" ? undefined : Number(years),
    bio: Object.fromEntries(LOCALES.map((l) => [l, one(values[`bio_${l}`])]).filter(([, v]) => v !== "")),
    languages: one(values.languages)
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((item) => {
        const [code, level] = item.split(":").map((p) => p.trim().toLowerCase());
        return { code: code ?? "", level: level || undefined };
      }),
    availability: one(values.availability) || undefined,
    unavailableUntil: optional(values.unavailableUntil),
    travel: one(values.travel) === "true",
    remote: one(values.remote) === "true",
    email: one(values.email),
    phone: optional(values.phone),
  };
}

/** A stored profile in the form's fields (the edit page's starting values). */
export function profileToFormValues(p: ConsultantProfileInput): ProfileFormValues {
  const values: ProfileFormValues = {
    fullName: p.fullName,
    latinName: p.latinName ?? "",
    nationalities: p.nationalities,
    residenceCountry: p.residenceCountry,
    gender: p.gender ?? "",
    organisation: p.organisation,
    position: p.position,
    ipAreas: p.ipAreas,
    skills: p.skills,
    sectors: p.sectors,
    yearsExperience: String(p.yearsExperience),
    languages: p.languages.map((l) => `${l.code}:${l.level}`).join(";"),
    availability: p.availability,
    unavailableUntil: p.unavailableUntil ?? "",
    travel: p.travel ? "true" : "",
    remote: p.remote ? "true" : "",
    email: p.email,
    phone: p.phone ?? "",
  };
  for (const l of LOCALES) values[`bio_${l}`] = p.bio[l] ?? "";
  return values;
}

/** Expertise and nationality: changed after approval, the profile goes back to review. */
export function needsReview(before: Pick<ConsultantProfileInput, "ipAreas" | "skills" | "sectors" | "nationalities">, after: typeof before): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return !same(before.ipAreas, after.ipAreas) || !same(before.skills, after.skills) || !same(before.sectors, after.sectors) || !same(before.nationalities, after.nationalities);
}
