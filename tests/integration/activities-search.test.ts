import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { GET as detail } from "@/app/api/v1/activities/[id]/route";
import { GET as exportRoute } from "@/app/api/v1/activities/export/route";
import { GET } from "@/app/api/v1/activities/route";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import type { GeneratedActivity } from "@/modules/activities/seed/generate";
import { copyActivities } from "@/modules/activities/server/copy-writer";
import { countryFacts } from "@/modules/countries/server";
import { callRoute } from "../support/call-route";

let n = 0;
function activity(over: Partial<GeneratedActivity>): GeneratedActivity {
  n++;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
  return {
    id,
    externalRef: `TEST-${n}`,
    title: { en: `Activity ${n}` },
    description: { en: "Description." },
    type: "national_seminar",
    ipAreas: ["patents"],
    organisingUnit: "Academy",
    startDate: "2020-01-10",
    endDate: "2020-01-12",
    venueCity: null,
    venueCountry: "ET",
    online: false,
    beneficiaries: [{ country: "ET", participants: 30 }],
    experts: [{ id: id.replace("4000-8000", "4000-9000"), name: "Expert", country: "EG" }],
    languages: ["en"],
    fundingType: "regular_budget",
    fundingDonor: null,
    fundingPartner: null,
    partners: [],
    igoSupport: false,
    status: "completed",
    links: [],
    ...over,
  };
}

// A small data set whose counts are known by hand.
const DATA: GeneratedActivity[] = [
  activity({ title: { zh: "关于地理标志的国家研讨会" }, ipAreas: ["geographical_indications"], beneficiaries: [{ country: "ET", participants: 40 }], languages: ["zh"], startDate: "2024-03-01", endDate: "2024-03-02" }),
  activity({ title: { ar: "ندوة وطنية بشأن المؤشرات الجغرافية", en: "National seminar on geographical indications" }, ipAreas: ["geographical_indications", "trademarks"], beneficiaries: [{ country: "YE", participants: 25 }], languages: ["ar"], startDate: "2023-06-01", endDate: "2023-06-02" }),
  activity({ title: { fr: "Séminaire régional sur les indications géographiques" }, type: "regional_meeting", ipAreas: ["geographical_indications"], beneficiaries: [{ country: "SN", participants: 10 }, { country: "ML", participants: 8 }], languages: ["fr"], fundingType: "funds_in_trust", fundingDonor: "FR", startDate: "2022-09-01", endDate: "2022-09-03" }),
  activity({ title: { en: "Training course on patents" }, type: "training_course", beneficiaries: [{ country: "PE", participants: 20 }], experts: [{ id: "00000000-0000-4000-9000-0000000000aa", name: "X", country: "JP" }], startDate: "2021-05-01", endDate: "2021-05-05" }),
  activity({ title: { es: "Misión de expertos sobre marcas" }, type: "expert_mission", ipAreas: ["trademarks"], beneficiaries: [{ country: "BO", participants: 5 }], experts: [{ id: "00000000-0000-4000-9000-0000000000bb", name: "Y", country: "BR" }], languages: ["es"], igoSupport: true, startDate: "2024-01-15", endDate: "2024-01-18" }),
  activity({ title: { en: "Study visit on copyright" }, type: "study_visit", ipAreas: ["copyright"], beneficiaries: [{ country: "RU", participants: 6 }], startDate: "2019-11-01", endDate: "2019-11-04" }),
];

type List = { items: { id: string; title: string; titleLocale: string }[]; total: number; approximate: boolean; nextCursor: string | null; facets: Record<string, { value: string; label: string; count: number }[]> };
const get = async (query: string) => {
  const res = await callRoute(GET, `/api/v1/activities?${query}`);
  return { status: res.status, body: res.json as List };
};
const count = (list: List, facet: string, value: string) => list.facets[facet]!.find((f) => f.value === value)?.count ?? 0;

beforeAll(async () => {
  const conn = new pg.Client({ connectionString: inject("databaseUrl") });
  await conn.connect();
  try {
    await conn.query("DELETE FROM activity");
    await copyActivities(conn, DATA, await countryFacts(db()));
  } finally {
    await conn.end();
  }
});

describe("GET /api/v1/activities", () => {
  it("lists everything newest first with exact facet counts", async () => {
    const { status, body } = await get("");
    expect(status).toBe(200);
    expect(body.total).toBe(6);
    expect(body.approximate).toBe(false);
    expect(body.items.map((i) => i.id)).toEqual([0, 4, 1, 2, 3, 5].map((i) => DATA[i]!.id));
    expect(count(body, "ipArea", "geographical_indications")).toBe(3);
    expect(count(body, "ipArea", "trademarks")).toBe(2);
    // Activities, not countries: Senegal and Mali share one activity.
    expect(count(body, "status", "ldc")).toBe(3);
    expect(count(body, "status", "transition")).toBe(1);
    expect(count(body, "country", "ET")).toBe(1);
    expect(count(body, "region", "002")).toBe(2);
    expect(count(body, "region", "005")).toBe(2);
    expect(count(body, "year", "2024")).toBe(2);
    expect(count(body, "lang", "en")).toBe(2);
    expect(count(body, "funding", "funds_in_trust")).toBe(1);
    expect(count(body, "modality", "south-south")).toBe(2);
    expect(count(body, "modality", "triangular")).toBe(2);
    expect(count(body, "modality", "north-south")).toBe(2);
  });

  it("computes modality: developed donor or IGO makes it triangular, a developed expert North-South", async () => {
    const { body } = await get("modality=triangular");
    expect(body.items.map((i) => i.id).sort()).toEqual([DATA[2]!.id, DATA[4]!.id].sort());
    // A Japanese expert (developed) for Peru; a Russian beneficiary (economy in transition).
    const north = await get("modality=north-south");
    expect(north.body.items.map((i) => i.id).sort()).toEqual([DATA[3]!.id, DATA[5]!.id].sort());
  });

  it("ORs values within a facet and ANDs across facets", async () => {
    expect((await get("type=regional_meeting&type=expert_mission")).body.total).toBe(2);
    expect((await get("type=regional_meeting&type=expert_mission&ipArea=trademarks")).body.total).toBe(1);
    expect((await get("status=ldc&ipArea=geographical_indications")).body.total).toBe(3);
    expect((await get("region=005")).body.total).toBe(2);
    expect((await get("year=2024&year=2019")).body.total).toBe(3);
    expect((await get("from=2023-01-01&to=2023-12-31")).body.total).toBe(1);
    const filtered = (await get("status=ldc&ipArea=geographical_indications")).body;
    expect(filtered.approximate).toBe(false);
    expect([count(filtered, "country", "ET"), count(filtered, "country", "YE"), count(filtered, "country", "SN"), count(filtered, "country", "PE")]).toEqual([1, 1, 1, 0]);
  });

  it("finds Chinese text without spaces", async () => {
    const { body } = await get(`q=${encodeURIComponent("地理标志")}&lng=zh`);
    expect(body.items.map((i) => i.id)).toEqual([DATA[0]!.id]);
    expect(body.items[0]).toMatchObject({ title: "关于地理标志的国家研讨会", titleLocale: "zh", ipAreas: ["geographical_indications"], type: "national_seminar", status: "completed" });
  });

  it("finds Arabic text whatever the diacritics and letter variants", async () => {
    const { body } = await get(`q=${encodeURIComponent("المُؤشِّرات الجغرافيه")}&lng=ar`);
    expect(body.items.map((i) => i.id)).toEqual([DATA[1]!.id]);
    expect(body.items[0]).toMatchObject({ titleLocale: "ar" });
  });

  it("finds Latin text without accents, and falls back to another language with a marker", async () => {
    const { body } = await get("q=indications%20geographiques&lng=ru");
    expect(body.items.map((i) => i.id)).toEqual([DATA[2]!.id]);
    expect(body.items[0]).toMatchObject({ title: "Séminaire régional sur les indications géographiques", titleLocale: "fr" });
    expect((await get("q=marcas")).body.total).toBe(1);
  });

  it("pages with an opaque cursor, without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { body }: { body: List } = await get(`limit=4${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  it("answers text without a searchable token with nothing, not with the cached counts of no text", async () => {
    // The unfiltered counts are cached first; punctuation must not share their cache entry.
    expect((await get("")).body.total).toBe(6);
    const { status, body } = await get(`q=${encodeURIComponent("!!! ...")}`);
    expect(status).toBe(200);
    expect(body.items).toEqual([]);
    expect(body.total).toBe(0);
    expect(count(body, "type", "national_seminar")).toBe(0);
  });

  it("labels facets in the requested language", async () => {
    const { body } = await get("lng=ar");
    expect(body.facets.country!.find((f) => f.value === "YE")!.label).toBe("اليمن");
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["type=party", "type"],
    ["country=XX", "country"],
    ["region=999", "region"],
    ["from=2020-13-01", "from"],
    ["cursor=not-a-cursor", "cursor"],
    [`q=${"x".repeat(501)}`, "q"],
    ["modality=sideways", "modality"],
  ])("refuses %s with a 400 naming %s", async (query, param) => {
    const res = await callRoute(GET, `/api/v1/activities?${query}`);
    expect(res.status).toBe(400);
    expect((res.json as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name)).toContain(param);
  });
});

describe("GET /api/v1/activities/export", () => {
  const download = async (query: string) => {
    const res = await exportRoute(new NextRequest(new URL(`http://localhost/api/v1/activities/export?${query}`)));
    return { res, text: await res.text() };
  };

  it("streams every matching row as CSV, as many as the total", async () => {
    const { res, text } = await download("format=csv&ipArea=geographical_indications&lng=fr");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = text.replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]).toBe("id,external_ref,title,title_language,type,ip_areas,start_date,end_date,venue_country,online,beneficiary_countries,total_participants,languages,funding_type,funding_donor,modality,status");
    const total = (await get("ipArea=geographical_indications")).body.total;
    expect(lines.length - 1).toBe(total);
    expect(text).toContain("Séminaire régional sur les indications géographiques");
  });

  it("streams JSON with the same rows", async () => {
    const { text } = await download("format=json");
    const rows = JSON.parse(text) as { id: string; modality: string }[];
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.modality === "triangular")).toHaveLength(2);
  });

  it("refuses an unknown format", async () => {
    expect((await download("format=xml")).res.status).toBe(400);
  });
});

describe("GET /api/v1/activities/{id}", () => {
  it("returns the full record with beneficiaries and experts", async () => {
    const res = await callRoute(detail, `/api/v1/activities/${DATA[2]!.id}`, { params: { id: DATA[2]!.id } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ modality: "triangular", fundingDonor: "FR", beneficiaries: [{ country: "ML", participants: 8 }, { country: "SN", participants: 10 }], totalParticipants: 18 });
  });
  it("answers 404 and 400 as problems", async () => {
    expect((await callRoute(detail, "/api/v1/activities/x", { params: { id: "00000000-0000-4000-8000-999999999999" } })).status).toBe(404);
    expect((await callRoute(detail, "/api/v1/activities/x", { params: { id: "nope" } })).status).toBe(400);
  });
});

describe("activity statistics", () => {
  it("counts per year by modality, per region and per LDC, exactly", async () => {
    const { activityStatistics } = await import("@/modules/activities/server");
    const stats = await activityStatistics();
    expect(stats.byYear.find((y) => y.year === 2024)?.counts).toEqual({ "south-south": 1, triangular: 1, "north-south": 0 });
    expect(stats.byYear.find((y) => y.year === 2021)?.counts).toEqual({ "south-south": 0, triangular: 0, "north-south": 1 });
    expect(Object.fromEntries(stats.byRegion.map((r) => [r.code, r.count]))).toEqual({ "002": 2, "019": 2, "142": 1, "150": 1 });
    expect(stats.topLdcs.map((r) => r.country).sort()).toEqual(["ET", "ML", "SN", "YE"]);
  });
});
