import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { forbidden, notFound, unauthenticated } from "@/lib/errors";
import { apiRoute } from "./route";

const get = (url: string, headers: Record<string, string> = {}) => new NextRequest(new URL(url, "http://localhost"), { headers });

describe("apiRoute", () => {
  const route = apiRoute(
    { query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20), tag: z.array(z.string()).optional() }) },
    ({ query }) => ({ query }),
  );

  it("parses the query and answers JSON with a request id", async () => {
    const res = await route(get("/x?limit=5"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ query: { limit: 5 } });
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a well-formed incoming request id and replaces a bad one", async () => {
    expect((await route(get("/x", { "x-request-id": "trace-1234abcd" }))).headers.get("x-request-id")).toBe("trace-1234abcd");
    expect((await route(get("/x", { "x-request-id": "<script>" }))).headers.get("x-request-id")).not.toBe("<script>");
  });

  it("answers 400 problem+json naming the field", async () => {
    const res = await route(get("/x?limit=500"));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = await res.json();
    expect(body).toMatchObject({ status: 400, instance: "/x", invalidParams: [{ name: "limit" }] });
    expect(body.requestId).toBe(res.headers.get("x-request-id"));
  });

  it("reads a repeated parameter as a list", async () => {
    const res = await route(get("/x?tag=a&tag=b"));
    expect(await res.json()).toEqual({ query: { limit: 20, tag: ["a", "b"] } });
  });

  it("maps the error taxonomy to statuses", async () => {
    expect((await apiRoute({}, () => Promise.reject(notFound()))(get("/x"))).status).toBe(404);
    expect((await apiRoute({ authorize: () => Promise.reject(forbidden()) }, () => ({}))(get("/x"))).status).toBe(403);
  });

  it("hides unexpected errors behind a 500 without details", async () => {
    const res = await apiRoute({}, () => {
      throw new Error("secret connection string");
    })(get("/x"));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("secret");
    expect(JSON.parse(text)).toMatchObject({ status: 500, title: "Internal error" });
  });

  it("refuses before reading the body, and hands the handler what authorize returned", async () => {
    const guarded = apiRoute(
      { body: z.object({ name: z.string() }), authorize: () => Promise.reject(unauthenticated()) },
      ({ body }) => body,
    );
    const bad = new NextRequest(new URL("http://localhost/x"), { method: "POST", body: "{nope" });
    expect((await guarded(bad)).status).toBe(401);
    const allowed = apiRoute({ authorize: () => ({ id: "u1" }) }, ({ auth }) => ({ who: auth.id }));
    expect(await (await allowed(get("/x"))).json()).toEqual({ who: "u1" });
  });

  it("rejects a body that is not JSON with 400", async () => {
    const post = apiRoute({ body: z.object({ name: z.string() }) }, ({ body }) => body);
    const bad = new NextRequest(new URL("http://localhost/x"), { method: "POST", body: "{nope" });
    const res = await post(bad);
    expect(res.status).toBe(400);
    expect((await res.json()).invalidParams[0].name).toBe("body");
    const missing = new NextRequest(new URL("http://localhost/x"), { method: "POST", body: JSON.stringify({ name: 3 }) });
    expect((await (await post(missing)).json()).invalidParams[0].name).toBe("name");
  });
});

describe("apiRoute conditional GET", () => {
  it("answers 304 from the data version without running the handler", async () => {
    let version = "7";
    let runs = 0;
    const route = apiRoute({ query: z.object({ q: z.string().optional() }), etag: { version: async ({ query }) => `v${version}-${query.q ?? ""}` }, cacheControl: "public, max-age=0" }, () => {
      runs++;
      return { runs };
    });
    const first = await route(get("/x?q=a"));
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).toBe('W/"v7-a"');
    expect(first.headers.get("cache-control")).toBe("public, max-age=0");
    const again = await route(get("/x?q=a", { "if-none-match": 'W/"v7-a"' }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("cache-control")).toBe("public, max-age=0");
    expect(runs).toBe(1);
    version = "8";
    const changed = await route(get("/x?q=a", { "if-none-match": 'W/"v7-a"' }));
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).toBe('W/"v8-a"');
    expect(runs).toBe(2);
  });

  it("tags an answer by its bytes, and turns a matching handler ETag into 304", async () => {
    let n = 1;
    const byBody = apiRoute({ etag: "fromBody" }, () => ({ n }));
    const first = await byBody(get("/x"));
    const tag = first.headers.get("etag")!;
    expect(tag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(await first.json()).toEqual({ n: 1 });
    expect((await byBody(get("/x", { "if-none-match": tag }))).status).toBe(304);
    n = 2;
    expect((await byBody(get("/x", { "if-none-match": tag }))).status).toBe(200);
    const own = apiRoute({}, () => Response.json({ a: 1 }, { headers: { etag: '"3"' } }));
    expect((await own(get("/x", { "if-none-match": '"3"' }))).status).toBe(304);
    expect((await own(get("/x", { "if-none-match": '"2"' }))).status).toBe(200);
  });

  it("never turns an error into 304", async () => {
    const failing = apiRoute({ etag: "fromBody" }, () => {
      throw notFound("gone");
    });
    expect((await failing(get("/x", { "if-none-match": "*" }))).status).toBe(404);
  });
});
