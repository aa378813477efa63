import { describe, expect, it } from "vitest";
import { activitiesQuerySchema } from "../schemas";
import { resolveActivityQuery, whereSql } from "./resolve-query";

const resolve = (params: Record<string, string | string[]>) => resolveActivityQuery(activitiesQuerySchema.parse(params));

describe("resolveActivityQuery", () => {
  it("has no conditions, tokens or tsquery for an unfiltered search", () => {
    const r = resolve({});
    expect(r.where).toBeNull();
    expect(r.tokens).toEqual([]);
    expect(r.tsquery).toBeNull();
    expect(whereSql(r).text).toBe("true");
  });

  it("tokenises the text once into the tsquery the conditions use", () => {
    const r = resolve({ q: "Géographiques 地理标志", type: ["national_seminar"] });
    expect(r.tokens).toEqual(["geographiques", "地理", "理标", "标志"]);
    expect(r.tsquery).toBe("'geographiques' & '地理' & '理标' & '标志'");
    expect(r.where?.values).toContain(r.tsquery);
    expect(r.where?.text).toContain("search_vector @@");
    expect(r.where?.text).toContain("type = ANY");
  });

  it("keys the cache by what decides the result set, not by paging or language", () => {
    const base = resolve({ q: "Seminar patents", country: ["ET", "KE"] }).key;
    expect(resolve({ q: "seminar  PATENTS", country: ["KE", "ET"], lng: "ar", limit: "50", sort: "date" }).key).toBe(base);
    expect(resolve({ q: "patents seminar", country: ["ET", "KE"] }).key).toBe(base);
    expect(resolve({ q: "seminar patents", country: ["ET"] }).key).not.toBe(base);
    expect(resolve({ q: "seminar", country: ["ET", "KE"] }).key).not.toBe(base);
  });

  it("gives text without a searchable token a key of its own: it matches nothing, unlike no text", () => {
    const punctuation = resolve({ q: "!!!" });
    expect(punctuation.where?.text).toBe("false");
    expect(punctuation.key).not.toBe(resolve({}).key);
  });
});
