import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { openApiDocument } from "./openapi";

const API = path.resolve(import.meta.dirname, "../../app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
/** next-auth's catch-all (/api/auth/[...nextauth]) answers many paths; the document describes the one clients call (/api/auth/session). */
const EXCLUDED = ["/api/auth/"];

/** Every route.ts under src/app/api as its URL path (OpenAPI style, {param}) and the HTTP methods it exports. */
function routes(dir = API): { path: string; methods: string[] }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routes(full);
    if (entry.name !== "route.ts") return [];
    const urlPath = `/api/${path.relative(API, dir).split(path.sep).map((s) => s.replace(/^\[\.\.\.(.+)\]$/, "{$1*}").replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
    const source = readFileSync(full, "utf8");
    const declared = [...source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+([A-Z]+)\b/g)].map((m) => m[1]!);
    const reexported = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(",").map((s) => s.trim().split(/\s+as\s+/).at(-1)!));
    const methods = [...new Set([...declared, ...reexported])].filter((m): m is (typeof METHODS)[number] => (METHODS as readonly string[]).includes(m));
    return [{ path: urlPath, methods: methods.sort() }];
  });
}

describe("openApiDocument", () => {
  const doc = openApiDocument();
  const documented = doc.paths ?? {};
  const found = routes();

  it("is OpenAPI 3.1", () => {
    expect(doc.openapi).toBe("3.1.0");
  });

  it("finds the routes it checks (the walk itself works)", () => {
    expect(found.find((r) => r.path === "/api/v1/activities/{id}")?.methods).toEqual(["DELETE", "GET", "PUT"]);
    expect(found.find((r) => r.path === "/api/auth/{nextauth*}")?.methods).toEqual(["GET", "POST"]);
    expect(found.length).toBeGreaterThan(10);
  });

  it("documents every method of every route under src/app/api", () => {
    const missing = found
      .filter((r) => !EXCLUDED.some((prefix) => r.path.startsWith(prefix)))
      .flatMap((r) => r.methods.filter((m) => !documented[r.path]?.[m.toLowerCase() as "get"]).map((m) => `${m} ${r.path}`));
    expect(missing).toEqual([]);
  });

  it("documents no endpoint that no route answers", () => {
    const answered = new Set(found.flatMap((r) => r.methods.map((m) => `${m} ${r.path}`)));
    const extra = Object.entries(documented)
      .filter(([p]) => !EXCLUDED.some((prefix) => p.startsWith(prefix)))
      .flatMap(([p, item]) => METHODS.filter((m) => item?.[m.toLowerCase() as "get"]).map((m) => `${m} ${p}`))
      .filter((endpoint) => !answered.has(endpoint));
    expect(extra).toEqual([]);
  });

  it("documents the 409 of the activity writes", () => {
    expect(Object.keys(documented["/api/v1/activities"]?.post?.responses ?? {})).toContain("409");
    expect(Object.keys(documented["/api/v1/activities/{id}"]?.put?.responses ?? {})).toContain("409");
    expect(Object.keys(documented["/api/v1/activities/import"]?.post?.responses ?? {})).toContain("409");
  });

  it("derives the countries parameters from the schema the route validates with", () => {
    const params = (documented["/api/v1/countries"]?.get?.parameters ?? []) as {
      name: string;
      schema: { enum?: string[] };
    }[];
    const lng = params.find((p) => p.name === "lng");
    expect(lng?.schema.enum).toEqual([...LOCALES]);
    expect(params.find((p) => p.name === "status")?.schema.enum).toEqual(["ldc", "developed", "developing", "transition"]);
    expect(params.find((p) => p.name === "region")?.schema.enum).toContain("202");
  });

  it("describes errors as RFC 9457 problems", () => {
    const res = documented["/api/v1/countries"]?.get?.responses?.["400"] as { content: Record<string, unknown> };
    expect(Object.keys(res.content)).toEqual(["application/problem+json"]);
  });
});
