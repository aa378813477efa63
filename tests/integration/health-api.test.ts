import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { callRoute } from "../support/call-route";

describe("GET /api/health", () => {
  it("reports the database as reachable", async () => {
    const res = await callRoute(GET, "/api/health");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: "ok", db: "ok" });
    expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
  });
});
