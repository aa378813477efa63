import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Prisma } from "@/lib/db";
import { activitiesQuerySchema } from "../schemas";

/**
 * One search request resolves its query once: the counts, the count cache and the page read
 * that one value (no step tokenises the text or builds the filter conditions again).
 */

const settings = vi.hoisted(() => ({ cache: "off" as "on" | "off" }));
vi.mock("@/lib/env", () => ({ env: () => ({ ACTIVITY_COUNT_CACHE: settings.cache }) }));
vi.mock("@/lib/i18n/server", () => ({ getT: async () => (key: string) => key }));
vi.mock("@/modules/countries/server", () => ({ placeNames: async () => ({ country: (v: string) => v, region: (v: string) => v }) }));
vi.mock("@/lib/search-text", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/search-text")>();
  return { ...real, queryTokens: vi.fn(real.queryTokens) };
});
vi.mock("./resolve-query", async (importOriginal) => {
  const real = await importOriginal<typeof import("./resolve-query")>();
  return { ...real, resolveActivityQuery: vi.fn(real.resolveActivityQuery) };
});
vi.mock("./facet-counts", async (importOriginal) => {
  const real = await importOriginal<typeof import("./facet-counts")>();
  return { ...real, countActivities: vi.fn(real.countActivities) };
});
vi.mock("./page-query", async (importOriginal) => {
  const real = await importOriginal<typeof import("./page-query")>();
  return { ...real, pageRows: vi.fn(real.pageRows) };
});

// The database: canned answers by statement, every statement kept.
const statements: string[] = [];
vi.mock("./sql-runner", () => ({
  appRunner: async (sql: Prisma.Sql) => {
    statements.push(sql.text);
    if (sql.text.includes("activity_data_version")) return [{ version: "7" }];
    if (sql.text.includes("n512")) return [{ n512: 0, n64: 1 }];
    if (sql.text.includes("WITH m AS MATERIALIZED")) return [{ facet: "*", value: "*", count: 1 }, { facet: "type", value: "national_seminar", count: 1 }];
    if (sql.text.includes("WITH page AS")) {
      return [{ id: "a", title: { en: "Seminar" }, type: "national_seminar", ip_areas: [], start_date: "2024-01-01", end_date: "2024-01-02", venue_country: null, online: false, beneficiary_countries: [], total_participants: 0, modality: "south_south", funding_type: "regular_budget", status: "completed", languages: [], rank: 0.5 }];
    }
    return [];
  },
}));

const { searchActivities } = await import("./search-activities");
const { resolveActivityQuery } = await import("./resolve-query");
const { queryTokens } = await import("@/lib/search-text");
const { countActivities } = await import("./facet-counts");
const { pageRows } = await import("./page-query");

const query = (params: Record<string, string | string[]>) => activitiesQuerySchema.parse(params);
const resolveCalls = vi.mocked(resolveActivityQuery);

beforeEach(() => {
  vi.clearAllMocks();
  statements.length = 0;
});

describe("searchActivities", () => {
  it("resolves a text and facet search once, and counts and pages with that one resolution", async () => {
    const list = await searchActivities(query({ q: "seminar patents", type: ["national_seminar"], country: ["ET", "KE"], lng: "fr" }));
    expect(list.total).toBe(1);
    expect(list.items.map((i) => i.id)).toEqual(["a"]);
    expect(resolveCalls).toHaveBeenCalledTimes(1);
    expect(queryTokens).toHaveBeenCalledTimes(1);
    const resolved = resolveCalls.mock.results[0]!.value;
    expect(vi.mocked(countActivities).mock.calls.map((c) => c[0])).toEqual([resolved.where]);
    expect(vi.mocked(countActivities).mock.calls[0]![0]).toBe(resolved.where);
    expect(vi.mocked(pageRows).mock.calls[0]![0]).toBe(resolved);
    // Sample sizes, counts, then the page (ranked: one statement).
    expect(statements).toHaveLength(3);
  });

  it("resolves once per request with the count cache on, hit or miss", async () => {
    settings.cache = "on";
    try {
      const q = query({ q: "geographical indications", region: ["002"] });
      await searchActivities(q);
      await searchActivities({ ...q, cursor: { d: "2024-01-01", id: "a", r: 0.5 } });
      expect(resolveCalls).toHaveBeenCalledTimes(2);
      expect(queryTokens).toHaveBeenCalledTimes(2);
      // The second request (the next page) found its counts in the cache, under the key of the resolution.
      expect(countActivities).toHaveBeenCalledTimes(1);
      expect(resolveCalls.mock.results[0]!.value.key).toBe(resolveCalls.mock.results[1]!.value.key);
    } finally {
      settings.cache = "off";
    }
  });
});
