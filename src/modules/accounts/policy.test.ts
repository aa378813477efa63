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
  it("opens the roster's workflow to the right roles", () => {
    const as = (...roles: ("member" | "focal_point" | "partner" | "consultant" | "secretariat" | "admin")[]) => ({ roles, focalPointCountry: null });
    expect(decide(as("member"), "consultants.apply")).toBe("allow");
    expect(decide(as("member"), "consultants.nominate")).toBe("forbidden");
    expect(decide(focalEg, "consultants.nominate")).toBe("allow");
    expect(decide(as("secretariat"), "consultants.nominate")).toBe("forbidden");
    expect(decide(as("member", "consultant"), "consultants.review")).toBe("forbidden");
    expect(decide(focalEg, "consultants.review")).toBe("forbidden");
    expect(decide(as("secretariat"), "consultants.review")).toBe("allow");
    expect(decide(as("admin"), "consultants.review")).toBe("allow");
    // The consultant's own CV is an ownership check of the route, not a role grant.
    expect(decide(as("member", "consultant"), "consultants.cv.read")).toBe("forbidden");
    expect(decide(as("member", "partner"), "consultants.cv.read")).toBe("forbidden");
    expect(decide(focalEg, "consultants.cv.read")).toBe("allow");
    expect(decide(as("secretariat"), "consultants.cv.read")).toBe("allow");
    expect(decide(focalEg, "consultants.assignments.manage")).toBe("forbidden");
    expect(decide(as("secretariat"), "consultants.assignments.manage")).toBe("allow");
  });
});
