import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/modules/accounts/server";
import { similarConsultants } from "@/modules/consultants/server/similar-consultants";
import { consultantStatistics } from "@/modules/consultants/server/statistics";
import { southernViewerCountry, viewerCountry } from "@/modules/consultants/server/viewer-country";
import { uniqueEmail } from "../support/factories";
import { activityFixture, assignmentFixture, clearRoster, consultantFixture, insertRoster } from "../support/roster";

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

// The data behind the roster's public pages: "similar experts" on a profile and the statistics.
const A1 = activityFixture({ startDate: "2024-03-01", endDate: "2024-03-03", beneficiaries: [{ country: "KE", participants: 20 }] });
const A2 = activityFixture({ startDate: "2023-05-01", endDate: "2023-05-02", beneficiaries: [{ country: "ET", participants: 30 }], venueCountry: "ET" });
const A3 = activityFixture({ startDate: "2024-06-01", endDate: "2024-06-02", status: "cancelled" });

const SELF = consultantFixture({ fullName: "Self", nationalities: ["ET"], gender: "female", skills: ["patent_examination", "ip_valuation"], ipAreas: ["patents", "trademarks"] });
const SAME = consultantFixture({ fullName: "Same", nationalities: ["KE"], residenceCountry: "KE", gender: "male", skills: ["patent_examination", "ip_valuation"], ipAreas: ["patents", "trademarks"] });
const HALF = consultantFixture({ fullName: "Half", nationalities: ["ET"], gender: "female", skills: ["patent_examination"], ipAreas: ["patents"] });
const HALF_LESS = consultantFixture({ fullName: "Half, fewer assignments", nationalities: ["FR"], residenceCountry: "FR", gender: null, skills: ["ip_valuation"], ipAreas: ["patents"] });
const STALE = consultantFixture({ fullName: "Stale", nationalities: ["CN"], residenceCountry: "CN", gender: null, skills: ["patent_examination", "ip_valuation"], ipAreas: ["patents", "trademarks"], lastConfirmedAt: daysAgo(3 * 365) });
const SUBMITTED = consultantFixture({ fullName: "Submitted", status: "submitted", skills: ["patent_examination", "ip_valuation"], ipAreas: ["patents", "trademarks"] });
const OTHER = consultantFixture({ fullName: "Other", nationalities: ["FR"], residenceCountry: "FR", gender: "other", skills: ["copyright_policy"], ipAreas: ["copyright"] });

beforeAll(async () => {
  await clearRoster();
  await insertRoster(inject("databaseUrl"), {
    activities: [A1, A2, A3],
    consultants: [SELF, SAME, HALF, HALF_LESS, STALE, SUBMITTED, OTHER],
    assignments: [
      assignmentFixture(HALF, A1),
      assignmentFixture(HALF, A2),
      assignmentFixture(HALF_LESS, A1),
      assignmentFixture(SUBMITTED, A1),
      assignmentFixture(SAME, A3),
      assignmentFixture(STALE, A2, { role: "trainer" }),
    ],
  });
});

afterAll(clearRoster);

describe("similarConsultants", () => {
  it("ranks approved, confirmed profiles by shared IP areas and skills, then assignments, without the profile itself", async () => {
    const similar = await similarConsultants(SELF);
    expect(similar.map((s) => s.fullName)).toEqual(["Same", "Half", "Half, fewer assignments"]);
    expect(similar.map((s) => s.overlap)).toEqual([4, 2, 2]);
    expect(similar.map((s) => s.assignments)).toEqual([0, 2, 1]);
    expect(similar[0]).toMatchObject({ id: SAME.id, nationalities: ["KE"], latinName: null });
  });

  it("keeps to the limit and finds nothing for a profile sharing nothing", async () => {
    expect(await similarConsultants(SELF, { limit: 1 })).toHaveLength(1);
    expect(await similarConsultants(OTHER)).toEqual([]);
  });
});

describe("consultantStatistics", () => {
  it("aggregates approved profiles only (stale ones included)", async () => {
    const stats = await consultantStatistics(undefined, { fresh: true });
    expect(stats.total).toBe(6);
    expect(stats.byStatus).toEqual([
      { status: "ldc", count: 2 },
      { status: "developing", count: 2 },
      { status: "transition", count: 0 },
      { status: "developed", count: 2 },
    ]);
    expect(stats.byRegion).toEqual([
      { code: "002", count: 3 },
      { code: "150", count: 2 },
      { code: "142", count: 1 },
    ]);
    expect(stats.byIpArea).toEqual([
      { area: "patents", count: 5 },
      { area: "trademarks", count: 3 },
      { area: "copyright", count: 1 },
    ]);
    // Counts only, every class present (zero when empty).
    expect(stats.byGender).toEqual([
      { gender: "female", count: 2 },
      { gender: "male", count: 1 },
      { gender: "other", count: 1 },
      { gender: "not_stated", count: 2 },
    ]);
  });

  it("counts the indicator per year: assignments of approved profiles to activities not cancelled, and those to experts from the South", async () => {
    const { byYear } = await consultantStatistics();
    // 2023: Half (ET, an LDC) and Stale (CN) on A2. 2024: Half (ET) and Half-less (FR) on A1;
    // the submitted profile's assignment and the one to the cancelled A3 do not count.
    expect(byYear).toEqual([
      { year: 2023, total: 2, south: 2, ldc: 1 },
      { year: 2024, total: 2, south: 1, ldc: 1 },
    ]);
  });
});

describe("the reader's country for the South-first default", () => {
  const user = (over: Partial<CurrentUser>): CurrentUser => ({ id: "", email: "", name: "", roles: ["member"], focalPointCountry: null, preferredLanguage: "en", ...over });

  it("is the focal point's country, else the organisation's; only developing countries and LDCs count", async () => {
    const made = async (country: string) =>
      db().user.create({
        data: { email: uniqueEmail("roster-reader"), name: "Reader", passwordHash: "x", preferredLanguage: "en", organisationName: "Office", organisationType: "ip_office", organisationCountry: country, roles: ["member"] },
      });
    const kenyan = await made("KE");
    const swiss = await made("CH");
    try {
      expect(await viewerCountry(null)).toBeNull();
      expect(await viewerCountry(user({ id: kenyan.id }))).toBe("KE");
      expect(await southernViewerCountry(user({ id: kenyan.id }))).toBe("KE");
      expect(await southernViewerCountry(user({ id: swiss.id }))).toBeNull();
      expect(await southernViewerCountry(user({ id: swiss.id, focalPointCountry: "NP" }))).toBe("NP");
      expect(await southernViewerCountry(null)).toBeNull();
    } finally {
      await db().user.deleteMany({ where: { id: { in: [kenyan.id, swiss.id] } } });
    }
  });
});
