import { describe, expect, it } from "vitest";
import { formToProfileInput, needsReview, profileFormValues, profileToFormValues } from "./profile-form";
import { consultantProfileInputSchema } from "./schemas";

function form(entries: [string, string][]) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

const filled: [string, string][] = [
  ["fullName", "أمينة ديالو"], ["latinName", "Amina Diallo"], ["nationalities", "SN"], ["nationalities", "ML"], ["residenceCountry", "SN"],
  ["organisation", "OAPI"], ["position", "Examiner"], ["ipAreas", "patents"], ["skills", "patent_examination"], ["skills", "ip_teaching"],
  ["yearsExperience", "12"], ["languages", "fr:native; EN:fluent"], ["availability", "available"], ["travel", "true"],
  ["email", "amina@example.org"], ["bio_fr", "Examinatrice."], ["bio_en", ""],
];

describe("the profile form", () => {
  it("turns the form into an input the schema accepts, and back", () => {
    const values = profileFormValues(form(filled));
    const input = consultantProfileInputSchema.parse(formToProfileInput(values));
    expect(input).toMatchObject({
      nationalities: ["SN", "ML"],
      skills: ["patent_examination", "ip_teaching"],
      yearsExperience: 12,
      languages: [{ code: "fr", level: "native" }, { code: "en", level: "fluent" }],
      bio: { fr: "Examinatrice." },
      travel: true,
      remote: false,
      latinName: "Amina Diallo",
      phone: null,
    });
    const back = profileToFormValues(input);
    expect(back.languages).toBe("fr:native;en:fluent");
    expect(back.bio_fr).toBe("Examinatrice.");
    expect(consultantProfileInputSchema.parse(formToProfileInput(back))).toEqual(input);
  });

  it("names the fields that are missing", () => {
    const result = consultantProfileInputSchema.safeParse(formToProfileInput(profileFormValues(form([["fullName", "X"]]))));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["nationalities", "residenceCountry", "ipAreas", "skills", "yearsExperience", "bio", "languages", "availability", "email"]));
  });

  it("sends expertise and nationality changes back to review, nothing else", () => {
    const before: Parameters<typeof needsReview>[0] = { ipAreas: ["patents"], skills: ["patent_examination"], sectors: [], nationalities: ["SN", "ML"] };
    const copy = { ipAreas: [...before.ipAreas], skills: [...before.skills], sectors: [...before.sectors], nationalities: [...before.nationalities] };
    expect(needsReview(before, { ...copy, nationalities: ["ML", "SN"] })).toBe(false);
    expect(needsReview(before, { ...copy, nationalities: ["SN"] })).toBe(true);
    expect(needsReview(before, { ...copy, skills: ["ip_teaching"] })).toBe(true);
    expect(needsReview(before, { ...copy, sectors: ["biotechnology"] })).toBe(true);
    expect(needsReview(before, { ...copy, ipAreas: ["patents", "trademarks"] })).toBe(true);
  });
});
