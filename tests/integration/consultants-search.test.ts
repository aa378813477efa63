import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET } from "@/app/api/v1/consultants/route";
import { Prisma, sqlRows } from "@/lib/db";
import { consultantsQuerySchema } from "@/modules/consultants/schemas";
import { countConsultants } from "@/modules/consultants/server/facet-counts";
import { resolveConsultantQuery } from "@/modules/consultants/server/resolve-query";
import { callRoute } from "../support/call-route";
import { activityFixture, assignmentFixture, clearRoster, consultantFixture, insertRoster } from "../support/roster";

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

// A roster whose counts are known by hand. C1's id ends in 0x40, so it is in the 1/64 sample (bucket 0).
const A1 = activityFixture({ beneficiaries: [{ country: "KE", participants: 20 }], experts: [{ id: "e1000000-0000-4000-8000-000000000001", name: "X", country: "EG" }] });
const A2 = activityFixture({ beneficiaries: [{ country: "ET", participants: 30 }], venueCountry: "ET", experts: [{ id: "e1000000-0000-4000-8000-000000000002", name: "Y", country: "FR" }] });
const A3 = activityFixture({ beneficiaries: [{ country: "PE", participants: 10 }], venueCountry: "PE", status: "cancelled" });
const C1 = consultantFixture({ id: "c1000000-0000-4000-8000-000000000040", fullName: "አበበ ታደሰ", latinName: "Abebe Tadesse", lastConfirmedAt: daysAgo(10) });
const C2 = consultantFixture({
  fullName: "أحمد الحدّاد", latinName: "Ahmed Al-Haddad", nationalities: ["EG"], residenceCountry: "EG", skills: ["gi_branding_communities", "trademark_examination"],
  ipAreas: ["geographical_indications"], languages: [{ code: "ar", level: "native" }, { code: "fr", level: "working" }], availability: "limited", lastConfirmedAt: daysAgo(20),
});
const C3 = consultantFixture({
  fullName: "José Pérez", nationalities: ["PE"], residenceCountry: "PE", skills: ["patent_examination", "ip_valuation"], ipAreas: ["patents", "trademarks"],
  languages: [{ code: "es", level: "native" }, { code: "en", level: "working" }], availability: "unavailable", unavailableUntil: "2020-01-01", lastConfirmedAt: daysAgo(30),
});
const C4 = consultantFixture({
  fullName: "王芳", latinName: "Wang Fang", nationalities: ["CN"], residenceCountry: "CN", skills: ["patent_information"], languages: [{ code: "zh", level: "native" }],
  availability: "unavailable", unavailableUntil: "2099-01-01", lastConfirmedAt: daysAgo(40), bio: { zh: "专利信息专家" },
});
const C5 = consultantFixture({ fullName: "Claire Martin", nationalities: ["FR"], residenceCountry: "FR", languages: [{ code: "fr", level: "native" }], lastConfirmedAt: daysAgo(3 * 365) });
const C6 = consultantFixture({ fullName: "Hidden Submitted", status: "submitted", lastConfirmedAt: daysAgo(1) });
const C7 = consultantFixture({
  fullName: "सीता शर्मा", latinName: "Sita Sharma", nationalities: ["NP"], residenceCountry: "NP", skills: ["ip_teaching"], languages: [{ code: "ne", level: "native" }],
  lastConfirmedAt: daysAgo(50),
});
const VISIBLE = [C1, C2, C3, C4, C7];

type List = {
  items: Record<string, unknown>[];
  total: number;
  approximate: boolean;
  nextCursor: string | null;
  facets: Record<string, { value: string; label: string; count: number }[]>;
};
const get = async (query: string) => {
  const res = await callRoute(GET, `/api/v1/consultants?${query}`);
  return { status: res.status, body: res.json as List, headers: res.headers };
};
const ids = (list: List) => list.items.map((i) => i.id as string).sort();
const idsOf = (...cs: { id: string }[]) => cs.map((c) => c.id).sort();
const count = (list: List, facet: string, value: string) => list.facets[facet]!.find((f) => f.value === value)?.count ?? 0;

beforeAll(async () => {
  await clearRoster();
  await insertRoster(inject("databaseUrl"), {
    activities: [A1, A2, A3],
    consultants: [C1, C2, C3, C4, C5, C6, C7],
    assignments: [assignmentFixture(C1, A1), assignmentFixture(C1, A2, { role: "trainer" }), assignmentFixture(C2, A1), assignmentFixture(C3, A3)],
  });
});

afterAll(clearRoster);

describe("GET /api/v1/consultants", () => {
  it("lists approved profiles confirmed within 24 months, with exact facet counts", async () => {
    const { status, body, headers } = await get("");
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=30");
    expect(body.total).toBe(5);
    expect(body.approximate).toBe(false);
    expect(ids(body)).toEqual(idsOf(...VISIBLE));
    expect(count(body, "skill", "patent_examination")).toBe(2);
    expect(count(body, "status", "ldc")).toBe(2);
    expect(count(body, "status", "developing")).toBe(5);
    expect(body.facets.status!.map((f) => f.value).sort()).toEqual(["developing", "ldc"]);
    expect(count(body, "region", "002")).toBe(2);
    expect(count(body, "nationality", "CN")).toBe(1);
    expect(count(body, "language", "en")).toBe(2);
    expect(count(body, "ipArea", "patents")).toBe(4);
    // "Unavailable until" a past day is available again.
    expect([count(body, "availability", "available"), count(body, "availability", "limited"), count(body, "availability", "unavailable")]).toEqual([3, 1, 1]);
    // Served: through non-cancelled activities only, countries and M49 areas alike.
    expect([count(body, "servedIn", "KE"), count(body, "servedIn", "ET"), count(body, "servedIn", "PE"), count(body, "servedIn", "002")]).toEqual([2, 1, 0, 2]);
    expect(body.facets.skill!.find((f) => f.value === "patent_examination")?.label).toBe("Patent examination");
  });

  it("labels facets in the requested language", async () => {
    const { body } = await get("lng=fr");
    expect(body.facets.skill!.find((f) => f.value === "patent_examination")?.label).toBe("Examen des brevets");
    expect(body.facets.nationality!.find((f) => f.value === "ET")?.label).toBe("Éthiopie");
    expect(body.facets.status!.find((f) => f.value === "ldc")?.label).toBeTruthy();
  });

  it("shows profiles not confirmed for 24 months only when asked, marked stale", async () => {
    expect(ids((await get("q=Claire")).body)).toEqual([]);
    const { body } = await get("includeStale=true");
    expect(body.total).toBe(6);
    const stale = body.items.find((i) => i.id === C5.id)!;
    expect(stale).toMatchObject({ stale: true, confirmedAt: new Date(C5.lastConfirmedAt).toISOString() });
    expect(body.items.filter((i) => i.stale).map((i) => i.id)).toEqual([C5.id]);
  });

  it("never finds profiles that are not approved", async () => {
    expect((await get("q=Hidden")).body.total).toBe(0);
    expect((await get("includeStale=true&q=Submitted")).body.total).toBe(0);
  });

  it("ORs values within a parameter and ANDs across parameters", async () => {
    expect(ids((await get("skill=patent_examination&skill=ip_teaching")).body)).toEqual(idsOf(C1, C3, C7));
    expect(ids((await get("skill=patent_examination&skill=ip_teaching&nationality=PE")).body)).toEqual(idsOf(C3));
    expect(ids((await get("status=ldc")).body)).toEqual(idsOf(C1, C7));
    expect(ids((await get("region=142&language=zh&language=ne")).body)).toEqual(idsOf(C4, C7));
    expect(ids((await get("availability=available")).body)).toEqual(idsOf(C1, C3, C7));
    expect(ids((await get("servedIn=ET&servedIn=KE")).body)).toEqual(idsOf(C1, C2));
    expect(ids((await get("servedIn=014")).body)).toEqual(idsOf(C1, C2));
    expect(ids((await get("servedIn=PE")).body)).toEqual([]);
    const filtered = (await get("servedIn=KE")).body;
    expect([count(filtered, "nationality", "ET"), count(filtered, "nationality", "EG"), count(filtered, "nationality", "PE")]).toEqual([1, 1, 0]);
  });

  it("finds names as written and transliterated, insensitive to diacritics and script", async () => {
    expect(ids((await get("q=abebe")).body)).toEqual(idsOf(C1));
    expect(ids((await get(`q=${encodeURIComponent("አበበ")}`)).body)).toEqual(idsOf(C1));
    expect(ids((await get(`q=${encodeURIComponent("احمد الحداد")}`)).body)).toEqual(idsOf(C2));
    expect(ids((await get("q=AHMED")).body)).toEqual(idsOf(C2));
    expect(ids((await get("q=jose%20perez")).body)).toEqual(idsOf(C3));
    expect(ids((await get(`q=${encodeURIComponent("王")}`)).body)).toEqual(idsOf(C4));
    expect(ids((await get(`q=${encodeURIComponent("शर्मा")}`)).body)).toEqual(idsOf(C7));
    expect(ids((await get("q=%3F%21%21")).body)).toEqual([]);
  });

  it("finds skills in any language, the organisation and the bio", async () => {
    expect(ids((await get(`q=${encodeURIComponent("examen des brevets")}`)).body)).toEqual(idsOf(C1, C3));
    expect(ids((await get(`q=${encodeURIComponent("专利信息")}`)).body)).toEqual(idsOf(C4));
    expect(ids((await get("q=ethiopian%20authority")).body)).toEqual(idsOf(...VISIBLE));
  });

  it("carries the assignment counts, countries served and South-South share", async () => {
    const { body } = await get("limit=100");
    const item = (id: string) => body.items.find((i) => i.id === id)!;
    // A1 is South-South (an Egyptian expert in Kenya), A2 North-South (a French expert); A3 is cancelled.
    expect(item(C1.id)).toMatchObject({ assignments: 2, countriesServed: 2, southSouthShare: 0.5 });
    expect(item(C2.id)).toMatchObject({ assignments: 1, countriesServed: 1, southSouthShare: 1 });
    expect(item(C3.id)).toMatchObject({ assignments: 0, countriesServed: 0, southSouthShare: null, availability: "available", unavailableUntil: null });
    expect(item(C4.id)).toMatchObject({ availability: "unavailable", unavailableUntil: "2099-01-01", bio: "专利信息专家", bioLocale: "zh" });
    expect(item(C1.id).languages).toEqual([{ code: "am", level: "native" }, { code: "en", level: "fluent" }]);
    for (const i of body.items) for (const key of ["email", "phone", "gender", "hasCv", "status"]) expect(i).not.toHaveProperty(key);
  });

  it("sorts by assignments or by confirmation, and pages with a cursor that keeps the order", async () => {
    expect((await get("sort=assignments")).body.items.map((i) => i.id).slice(0, 2)).toEqual([C1.id, C2.id]);
    expect((await get("sort=confirmed")).body.items.map((i) => i.id)).toEqual([C1, C2, C3, C4, C7].map((c) => c.id));
    for (const sort of ["confirmed", "assignments", "relevance"]) {
      const seen: string[] = [];
      let cursor = "";
      for (let page = 0; page < 10; page++) {
        const { body } = await get(`sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
        seen.push(...body.items.map((i) => i.id as string));
        if (!body.nextCursor) break;
        cursor = body.nextCursor;
      }
      expect(seen.sort(), sort).toEqual(idsOf(...VISIBLE));
    }
    // Ranked pages ("patent" is in every visible profile's position, and in two profiles' skills too): the rank cursor walks them all once.
    const ranked: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const { body }: { body: List } = await get(`q=patent&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      ranked.push(...body.items.map((i) => i.id as string));
      cursor = body.nextCursor;
    }
    expect(ranked.sort()).toEqual(idsOf(...VISIBLE));
  });

  it("answers 400 naming the parameter", async () => {
    for (const [query, name, reason] of [
      ["skill=juggling", "skill", "invalid_choice"],
      ["limit=0", "limit", "too_small"],
      ["limit=101", "limit", "too_large"],
      ["servedIn=XX", "servedIn", "unknown_place"],
      ["status=developed", "status", "invalid_choice"],
      ["language=zz", "language", "invalid_language"],
      ["cursor=not-a-cursor", "cursor", "invalid_cursor"],
      ["sort=name", "sort", "invalid_choice"],
      ["nationality=ET&nationality=XX", "nationality", "unknown_country"],
    ] as const) {
      const res = await callRoute(GET, `/api/v1/consultants?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect((res.json as { invalidParams: unknown[] }).invalidParams, query).toEqual([{ name, reason }]);
    }
  });

  it("estimates large result sets on the fixed sample, and says so", async () => {
    const resolved = resolveConsultantQuery(consultantsQuerySchema.parse({ includeStale: "true" }));
    const exact = await countConsultants(resolved.where);
    expect(exact).toMatchObject({ total: 6, approximate: false, source: "consultant" });
    // With limits this low, one match in the 1/64 sample (C1) makes the 1/8 sample the source.
    const [inEighth] = await sqlRows<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM consultant WHERE ${resolved.where} AND consultant_sample_bucket(id) < 8`);
    const estimated = await countConsultants(resolved.where, undefined, { exact: 10, sample: 10 });
    expect(estimated.source).toBe("sample_8");
    expect(estimated.approximate).toBe(true);
    expect(estimated.total).toBe(inEighth!.n * 8);
    expect(estimated.facets.nationality.find((f) => f.value === "ET")?.count).toBe(8);
  });
});
