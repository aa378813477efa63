import { describe, expect, it } from "vitest";
import { dashboardFilters, dashboardReport } from "./dashboard-filters";

const countries = [
  { iso2: "GH", progress: "submitted" as const, region: "002", ldc: false },
  { iso2: "MW", progress: "returned" as const, region: "002", ldc: true },
  { iso2: "BO", progress: "draft" as const, region: "019", ldc: false },
  { iso2: "KH", progress: "not_started" as const, region: "142", ldc: true },
];
const regions = ["002", "019", "142"];
const kept = (query: Record<string, string | string[]>) => countries.filter(dashboardFilters(query, regions).keeps).map((c) => c.iso2);

describe("the dashboard's filters", () => {
  it("keep everything without a filter", () => {
    expect(kept({})).toEqual(["GH", "MW", "BO", "KH"]);
    expect(dashboardFilters({ progress: "", region: "", status: "" }, regions)).toMatchObject({ progress: undefined, region: undefined, status: undefined });
  });

  it("filter by progress, region and development status, together", () => {
    expect(kept({ progress: "returned" })).toEqual(["MW"]);
    expect(kept({ region: "002" })).toEqual(["GH", "MW"]);
    expect(kept({ status: "ldc" })).toEqual(["MW", "KH"]);
    expect(kept({ status: "developing" })).toEqual(["GH", "BO"]);
    expect(kept({ region: "002", status: "ldc" })).toEqual(["MW"]);
    expect(kept({ region: "019", progress: "submitted" })).toEqual([]);
    expect(kept({ progress: ["draft", "submitted"] })).toEqual(["BO"]);
  });

  it("ignore values they do not know", () => {
    expect(dashboardFilters({ progress: "done", region: "150", status: "developed" }, regions)).toMatchObject({ progress: undefined, region: undefined, status: undefined });
    expect(kept({ progress: "done", region: "150" })).toHaveLength(4);
  });
});

describe("the reminders' report in the address", () => {
  it("is absent without `reminded`, and keeps only two-letter codes", () => {
    expect(dashboardReport({})).toBeNull();
    expect(dashboardReport({ reminded: "", recent: "", without: "" })).toEqual({ reminded: [], recent: [], without: [] });
    expect(dashboardReport({ reminded: "BO,MW", recent: "GH,<script>,bo,XYZ", without: "TV" })).toEqual({ reminded: ["BO", "MW"], recent: ["GH"], without: ["TV"] });
  });
});
