import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { activitiesQuerySchema, activityIdSchema, activityInputSchema } from "./schemas";

const messages = async (lng: string) =>
  ((await import(`../../../locales/${lng}/activities.json`)) as { default: { errors: Record<string, string> } }).default.errors;

const valid = {
  title: { en: "Seminar" },
  type: "national_seminar",
  ipAreas: ["patents"],
  organisingUnit: "Academy",
  startDate: "2024-01-02",
  endDate: "2024-01-03",
  beneficiaries: [{ country: "EG", participants: 4 }],
  fundingType: "regular_budget",
  status: "planned",
};

const codes = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join(".") || "(form)", i.message]));

describe("activity validation messages", () => {
  it("are stable codes for the rules of an activity", () => {
    expect(codes(activityInputSchema.safeParse({ ...valid, endDate: "2023-12-31" }))).toEqual({ endDate: "end_before_start" });
    expect(codes(activityInputSchema.safeParse({ ...valid, fundingType: "funds_in_trust" }))).toEqual({ fundingDonor: "required_for_funds_in_trust" });
    expect(codes(activityInputSchema.safeParse({ ...valid, beneficiaries: [{ country: "EG", participants: 1 }, { country: "EG", participants: 2 }] }))).toEqual({
      beneficiaries: "duplicate_country",
    });
    expect(codes(activityInputSchema.safeParse({ ...valid, title: { en: "" } }))).toEqual({ title: "required_in_one_language" });
  });

  it("are codes for every kind of bad field, too", () => {
    const bad = activityInputSchema.safeParse({
      title: { en: "x", de: "y" },
      type: "party",
      ipAreas: [],
      startDate: "2024-13-45",
      beneficiaries: [{ country: "ZZ", participants: -1 }, { country: "EG", participants: Number.NaN }],
      languages: ["EN"],
      fundingType: undefined,
      links: [{ label: "Programme", url: "ftp://example.org" }],
      online: "yes",
      experts: "nobody",
    });
    expect(codes(bad)).toEqual({
      title: "invalid",
      type: "invalid_choice",
      ipAreas: "required",
      organisingUnit: "required",
      startDate: "invalid_date",
      endDate: "required",
      online: "invalid",
      "beneficiaries.0.country": "unknown_country",
      "beneficiaries.0.participants": "too_small",
      "beneficiaries.1.participants": "invalid_number",
      "languages.0": "invalid_language",
      fundingType: "required",
      experts: "invalid",
      status: "required",
      "links.0.url": "invalid_url",
    });
  });

  it("are codes for the search parameters", () => {
    expect(codes(activitiesQuerySchema.safeParse({ from: "2024-02-01", to: "2024-01-01" }))).toEqual({ to: "to_before_from" });
    expect(codes(activitiesQuerySchema.safeParse({ cursor: "not-a-cursor", lang: "english", year: "1900", limit: "x", type: "party" }))).toEqual({
      cursor: "invalid_cursor",
      "lang.0": "invalid_language",
      "year.0": "too_small",
      limit: "invalid_number",
      "type.0": "invalid_choice",
    });
  });

  it("each have a translation in every locale", async () => {
    const emitted = [
      "end_before_start", "required_for_funds_in_trust", "duplicate_country", "required_in_one_language", "invalid_choice", "required",
      "invalid_date", "invalid", "unknown_country", "too_small", "too_large", "invalid_number", "invalid_language", "invalid_url", "too_many",
      "to_before_from", "invalid_cursor", "too_long", "control_characters", "invalid_id",
      // The import's own (server/import-activities.ts).
      "file_too_large", "unreadable_file", "empty_file", "unknown_columns", "too_many_rows", "duplicate_reference",
    ];
    for (const lng of LOCALES) {
      const errors = await messages(lng);
      expect(emitted.filter((code) => !errors[code]), lng).toEqual([]);
    }
  });
});

describe("activityIdSchema", () => {
  it("lets only UUIDs through, so any other id is a 404 before the database is asked", () => {
    expect(activityIdSchema.safeParse("3f0c2a4e-8b1d-4c6a-9e2f-1a2b3c4d5e6f").success).toBe(true);
    // All three passed the former /^[0-9a-f-]{36}$/i check, and PostgreSQL refuses them as uuid.
    for (const bad of ["-".repeat(36), "a".repeat(36), "3f0c2a4e-8b1d-4c6a-9e2f-1a2b3c4d5e6f".replace(/-/g, "0")]) {
      expect(activityIdSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
