import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/countries/route";
import { LOCALES } from "@/lib/i18n/locales";
import { callRoute } from "../support/call-route";

type Item = { iso2: string; name: string; ldc: boolean; developmentStatus: string; region: { code: string; name: string } };
const items = (json: unknown) => (json as { items: Item[] }).items;

describe("GET /api/v1/countries", () => {
  it("lists the 195 states, English by default, sorted by name", async () => {
    const res = await callRoute(GET, "/api/v1/countries");
    expect(res.status).toBe(200);
    const list = items(res.json);
    expect(list).toHaveLength(195);
    expect(list[0]?.name).toBe("Afghanistan");
    expect(list.find((c) => c.iso2 === "EG")).toMatchObject({ name: "Egypt", region: { code: "002", name: "Africa" } });
  });

  it.each(LOCALES)("answers in %s with 44 LDCs, named in that language", async (lng) => {
    const res = await callRoute(GET, `/api/v1/countries?lng=${lng}&status=ldc`);
    expect(res.status).toBe(200);
    const list = items(res.json);
    expect(list).toHaveLength(44);
    expect(list.every((c) => c.ldc)).toBe(true);
    const expected = new Intl.DisplayNames([lng === "zh" ? "zh-Hans" : lng], { type: "region" }).of("HT");
    expect(list.find((c) => c.iso2 === "HT")?.name).toBe(expected);
  });

  it("names Egypt and its region in Arabic", async () => {
    const list = items((await callRoute(GET, "/api/v1/countries?lng=ar&region=015")).json);
    expect(list.find((c) => c.iso2 === "EG")).toMatchObject({ name: "مصر", region: { name: "أفريقيا" } });
  });

  it("filters by development status", async () => {
    const developed = items((await callRoute(GET, "/api/v1/countries?status=developed")).json);
    expect(developed.every((c) => c.developmentStatus === "developed")).toBe(true);
    expect(developed.map((c) => c.iso2)).toContain("JP");
    const transition = items((await callRoute(GET, "/api/v1/countries?status=transition")).json);
    expect(transition).toHaveLength(17);
  });

  it("filters by any level of the M49 hierarchy and combines filters", async () => {
    const africa = items((await callRoute(GET, "/api/v1/countries?region=002")).json);
    expect(africa).toHaveLength(54);
    const southAmerica = items((await callRoute(GET, "/api/v1/countries?region=005")).json);
    expect(southAmerica.map((c) => c.iso2)).toContain("PE");
    const ldcInAsia = items((await callRoute(GET, "/api/v1/countries?region=142&status=ldc")).json);
    expect(ldcInAsia.map((c) => c.iso2).sort()).toEqual(["AF", "BD", "KH", "LA", "MM", "NP", "TL", "YE"]);
  });

  it.each([
    ["status=rich", "status"],
    ["lng=de", "lng"],
    ["region=999", "region"],
    ["region=818", "region"],
    ["status=ldc&status=developing", "status"],
  ])("refuses %s with a 400 problem naming %s", async (query, param) => {
    const res = await callRoute(GET, `/api/v1/countries?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.json).toMatchObject({ status: 400, invalidParams: [{ name: param }] });
  });
});
