import { describe, expect, it } from "vitest";
import { consultantsQuerySchema, encodeCursor } from "../schemas";
import { pageOrder, pageSql, RANK_LIMIT } from "./page-query";
import { resolveConsultantQuery } from "./resolve-query";

const resolve = (params: Record<string, string | string[]>) => resolveConsultantQuery(consultantsQuerySchema.parse(params));

describe("resolveConsultantQuery", () => {
  it("always limits the search to approved, recently confirmed profiles", () => {
    const r = resolve({});
    expect(r.unfiltered).toBe(true);
    expect(r.where.text).toContain("status = 'approved'");
    expect(r.where.text).toContain("NOT (last_confirmed_at < now() - make_interval(months =>");
    expect(r.where.values).toContain(24);
    const stale = resolve({ includeStale: "true" });
    expect(stale.where.text).toContain("status = 'approved'");
    expect(stale.where.text).not.toContain("last_confirmed_at");
    expect(stale.key).not.toBe(r.key);
  });

  it("tokenises the text once into the tsquery the conditions use", () => {
    const r = resolve({ q: "Pérez أحمد", skill: ["patent_examination"] });
    expect(r.tokens).toEqual(["perez", "احمد"]);
    expect(r.tsquery).toBe("'perez' & 'احمد'");
    expect(r.where.values).toContain(r.tsquery);
    expect(r.where.text).toContain("search_vector @@");
    expect(r.where.text).toContain(`skills && $`);
    expect(r.unfiltered).toBe(false);
  });

  it("matches nothing for text without a searchable token", () => {
    const r = resolve({ q: "?!" });
    expect(r.tsquery).toBeNull();
    expect(r.where.text).toContain("false");
    expect(r.key).not.toBe(resolve({}).key);
  });

  it("ANDs parameters and ORs the countries and areas of servedIn", () => {
    const r = resolve({ servedIn: ["ET", "002", "KE"], nationality: "EG", availability: "available" });
    expect(r.where.text).toMatch(/\(served_countries && \$\d+::text\[\] OR served_regions && \$\d+::text\[\]\)/);
    expect(r.where.values).toContainEqual(["ET", "KE"]);
    expect(r.where.values).toContainEqual(["002"]);
    expect(r.where.text).toContain("nationalities && ");
    expect(r.where.text).toContain("consultant_effective_availability(availability, unavailable_until) = ANY(");
    expect(resolve({ servedIn: "ET" }).where.text).not.toContain(" OR ");
  });

  it("keys counts by what decides the result set, not by paging, order or language", () => {
    const base = resolve({ q: "Patent examiner", nationality: ["ET", "KE"] }).key;
    expect(resolve({ q: "examiner  PATENT", nationality: ["KE", "ET"], lng: "ar", limit: "50", sort: "confirmed" }).key).toBe(base);
    expect(resolve({ q: "patent examiner", nationality: ["ET"] }).key).not.toBe(base);
  });
});

describe("page order", () => {
  it("ranks selective text searches, orders the rest by assignments or confirmation", () => {
    expect(pageOrder(resolve({ q: "abebe" }), 10)).toBe("r");
    expect(pageOrder(resolve({ q: "abebe" }), RANK_LIMIT + 1)).toBe("a");
    expect(pageOrder(resolve({}), 10)).toBe("a");
    expect(pageOrder(resolve({ q: "abebe", sort: "assignments" }), 10)).toBe("a");
    expect(pageOrder(resolve({ q: "abebe", sort: "confirmed" }), 10)).toBe("c");
  });

  it("keeps the order of the cursor's page", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    const rankCursor = encodeCursor({ s: "r", r: 0.5, n: 3, id });
    expect(pageOrder(resolve({ q: "abebe", cursor: rankCursor }), RANK_LIMIT + 5)).toBe("r");
    const confirmed = encodeCursor({ s: "c", t: "2026-01-02T03:04:05.000Z", id });
    expect(pageOrder(resolve({ cursor: confirmed }), 10)).toBe("c");
    const sql = pageSql(resolve({ cursor: confirmed }), "c", 21);
    expect(sql.text).toContain("(last_confirmed_at, id) < (");
    expect(sql.values).toContain("2026-01-02T03:04:05.000Z");
    expect(sql.text).toContain("ORDER BY last_confirmed_at DESC, id DESC LIMIT");
  });
});
