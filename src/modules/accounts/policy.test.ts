import { describe, expect, it } from "vitest";
import { decide, POLICY } from "./policy";

const focalEg = { roles: ["member", "focal_point"] as const, focalPointCountry: "EG" };

describe("decide", () => {
  it("asks visitors to sign in", () => {
    for (const action of Object.keys(POLICY) as (keyof typeof POLICY)[]) expect(decide(null, action)).toBe("unauthenticated");
  });
  it("lets only admins manage users and read the audit trail", () => {
    expect(decide({ roles: ["admin"], focalPointCountry: null }, "users.manage")).toBe("allow");
    expect(decide({ roles: ["secretariat"], focalPointCountry: null }, "users.manage")).toBe("forbidden");
    expect(decide({ roles: ["member"], focalPointCountry: null }, "audit.read")).toBe("forbidden");
  });
  it("scopes focal points to their own country", () => {
    expect(decide(focalEg, "country.focal_points.read", { country: "EG" })).toBe("allow");
    expect(decide(focalEg, "country.focal_points.read", { country: "PE" })).toBe("forbidden");
    expect(decide(focalEg, "country.focal_points.read")).toBe("forbidden");
    expect(decide({ roles: ["secretariat"], focalPointCountry: null }, "country.focal_points.read", { country: "PE" })).toBe("allow");
  });
});
