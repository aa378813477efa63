import { describe, expect, it } from "vitest";
import { changedFields, formToListingInput, listingFormValues, listingToFormValues } from "./listing-form";
import { listingInputSchema } from "./schemas";

function form(entries: [string, string][]) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

const filled: [string, string][] = [
  ["kind", "need"],
  ["title_ar", "إنشاء سجل للمؤشرات الجغرافية"],
  ["description_ar", "نحتاج إلى خبرة لإنشاء سجل وطني للمؤشرات الجغرافية."],
  ["organisation", "Egyptian Patent Office"],
  ["organisationType", "ip_office"],
  ["ownerCountry", "EG"],
  ["supportType", "technical"],
  ["forms", "training"],
  ["forms", "expert_advice"],
  ["ipAreas", "geographical_indications"],
  ["countries", "EG"],
  ["languages", "ar"],
  ["languagesOther", "SW, quz"],
  ["budgetMin", "10 000"],
  ["budgetMax", ""],
  ["currency", "usd"],
  ["deadline", "2027-06-30"],
  ["contactName", "Focal"],
  ["contactEmail", "focal@example.org"],
  ["contactPhone", ""],
];

describe("listing form", () => {
  it("turns the typed values into a valid listing input", () => {
    const raw = formToListingInput(listingFormValues(form(filled)));
    const parsed = listingInputSchema.safeParse(raw);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toMatchObject({
      title: { ar: "إنشاء سجل للمؤشرات الجغرافية" },
      forms: ["training", "expert_advice"],
      languages: ["ar", "sw", "quz"],
      budgetMin: 10000,
      budgetMax: null,
      currency: "USD",
      contactPhone: null,
      themes: [],
    });
  });

  it("keeps empty locales out of the maps and names missing fields", () => {
    const raw = formToListingInput(listingFormValues(form([["kind", "offer"], ["title_fr", "  "]])));
    expect(raw.title).toEqual({});
    const parsed = listingInputSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    const fields = new Set(parsed.error!.issues.map((i) => String(i.path[0])));
    for (const f of ["title", "description", "organisation", "organisationType", "supportType", "forms", "ipAreas", "languages", "contactName", "contactEmail"]) expect(fields).toContain(f);
  });

  it("a non-number budget is refused on its field, not dropped", () => {
    const raw = formToListingInput(listingFormValues(form([...filled.filter(([k]) => k !== "budgetMin"), ["budgetMin", "a lot"]])));
    const parsed = listingInputSchema.safeParse(raw);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["budgetMin", "invalid_number"]);
  });

  it("round-trips a stored listing and names what differs", () => {
    const input = listingInputSchema.parse(formToListingInput(listingFormValues(form(filled))));
    const values = listingToFormValues(input);
    expect(listingInputSchema.parse(formToListingInput(values))).toEqual(input);
    expect(changedFields(values, values)).toEqual([]);
    expect(changedFields(values, { ...values, organisation: "Other", forms: ["expert_advice", "training"] })).toEqual(["organisation"]);
  });
});
