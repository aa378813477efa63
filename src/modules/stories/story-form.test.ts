import { describe, expect, it } from "vitest";
import { storyInputSchema } from "./schemas";
import { changedStoryFields, formFieldOf, formToStoryInput, storyFormValues, storyToFormValues, type StoryFormValues } from "./story-form";

const form = (entries: [string, string][]) => ({
  get: (n: string) => entries.find(([k]) => k === n)?.[1] ?? null,
  getAll: (n: string) => entries.filter(([k]) => k === n).map(([, v]) => v),
});

describe("the story form ↔ the story input", () => {
  const values: StoryFormValues = {
    sourceLocale: "fr",
    complete: ["en", "fr"],
    title_fr: " Des examinateurs formés ensemble ",
    summary_fr: "Résumé",
    body_fr: "Le récit",
    title_en: "Examiners trained together",
    summary_en: "Summary",
    body_en: "The story",
    results_en: "",
    themes: ["patents"],
    ipAreas: [],
    countries: ["KE", "SN"],
    partnerCountries: ["BR"],
    partners: "KIPI\n\n  INPI Brazil \n",
    igoSupport: "1",
    donorCountry: "",
    periodStart: "2022",
    periodEnd: "",
    activityIds: "",
    matchIds: "",
    consultantIds: "",
  };

  it("builds an input the schema accepts, the source language first among the complete ones", () => {
    const input = storyInputSchema.parse(formToStoryInput(values));
    expect(input.completeLocales).toEqual(["fr", "en"]);
    expect(input.title).toEqual({ fr: "Des examinateurs formés ensemble", en: "Examiners trained together" });
    expect(input.results).toEqual({});
    expect(input.partners).toEqual(["KIPI", "INPI Brazil"]);
    expect(input).toMatchObject({ igoSupport: true, donorCountry: null, periodStart: 2022, periodEnd: null, countries: ["KE", "SN"] });
  });

  it("keeps a mistyped year as text for the schema to refuse by name", () => {
    const r = storyInputSchema.safeParse(formToStoryInput({ ...values, periodEnd: "20x4" }));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain("periodEnd");
  });

  it("round-trips a stored story and finds what the other person changed", () => {
    const input = storyInputSchema.parse(formToStoryInput(values));
    const back = storyToFormValues(input);
    expect(changedStoryFields(back, storyToFormValues(input))).toEqual([]);
    expect(changedStoryFields(back, { ...back, title_en: "Other", countries: ["SN", "KE"] })).toEqual(["title_en"]);
  });

  it("reads repeated names from the form and maps problem paths to its fields", () => {
    const read = storyFormValues(form([["sourceLocale", "en"], ["complete", "en"], ["themes", "patents"], ["themes", "enforcement"], ["title_en", "T"], ["modality", "triangular"]]));
    expect(read).toMatchObject({ sourceLocale: "en", complete: ["en"], themes: ["patents", "enforcement"], title_en: "T", countries: [], title_fr: "" });
    // A field the form does not have (a derived one) never reaches the input.
    expect(read).not.toHaveProperty("modality");
    expect(formFieldOf("title.en", {})).toBe("title_en");
    expect(formFieldOf("completeLocales.1", { completeLocales: ["fr", "en"] })).toBe("complete_en");
    expect(formFieldOf("activityIds.2", {})).toBe("activityIds");
    expect(formFieldOf("periodEnd", {})).toBe("periodEnd");
  });
});
