import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { openApiDocument } from "./openapi";

describe("openApiDocument", () => {
  const doc = openApiDocument();
  it("is OpenAPI 3.1 and documents every public endpoint", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths ?? {})).toEqual(
      expect.arrayContaining(["/api/health", "/api/v1/countries", "/api/v1/openapi.json"]),
    );
  });
  it("derives the countries parameters from the schema the route validates with", () => {
    const params = (doc.paths?.["/api/v1/countries"]?.get?.parameters ?? []) as {
      name: string;
      schema: { enum?: string[] };
    }[];
    const lng = params.find((p) => p.name === "lng");
    expect(lng?.schema.enum).toEqual([...LOCALES]);
    expect(params.find((p) => p.name === "status")?.schema.enum).toEqual(["ldc", "developed", "developing", "transition"]);
    expect(params.find((p) => p.name === "region")?.schema.enum).toContain("202");
  });
  it("describes errors as RFC 9457 problems", () => {
    const res = doc.paths?.["/api/v1/countries"]?.get?.responses?.["400"] as { content: Record<string, unknown> };
    expect(Object.keys(res.content)).toEqual(["application/problem+json"]);
  });
});
