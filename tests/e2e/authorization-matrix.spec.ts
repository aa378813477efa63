import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { decide, POLICY, type Action, type Principal } from "../../src/modules/accounts/policy";
import { clientHeaders, signInByApi } from "./support/accounts";

/**
 * The generated matrix: every protected page and route × every role, expected
 * outcome computed from the one policy table. Includes the id-swapping case:
 * a focal point asking for another country's record.
 */
const PRINCIPALS: { label: string; email: string | null; principal: Principal | null }[] = [
  { label: "visitor", email: null, principal: null },
  { label: "member", email: "member@demo.test", principal: { roles: ["member"], focalPointCountry: null } },
  { label: "focal point (EG)", email: "focal.eg@demo.test", principal: { roles: ["member", "focal_point"], focalPointCountry: "EG" } },
  { label: "focal point (PE)", email: "focal.pe@demo.test", principal: { roles: ["member", "focal_point"], focalPointCountry: "PE" } },
  { label: "partner", email: "partner@demo.test", principal: { roles: ["member", "partner"], focalPointCountry: null } },
  { label: "consultant", email: "consultant@demo.test", principal: { roles: ["member", "consultant"], focalPointCountry: null } },
  { label: "secretariat", email: "secretariat@demo.test", principal: { roles: ["member", "secretariat"], focalPointCountry: null } },
  { label: "admin", email: "admin@demo.test", principal: { roles: ["member", "admin"], focalPointCountry: null } },
];

interface Target {
  kind: "api" | "page";
  method: "GET" | "PATCH" | "DELETE";
  /** What an allowed request gets when it is not 200 (deleting an id that does not exist). */
  allowedStatus?: number;
  path: (ids: { member: string }) => string;
  action: Action;
  country?: string;
  body?: unknown;
}

const TARGETS: Target[] = [
  { kind: "api", method: "GET", path: () => "/api/v1/me", action: "account.manage_own" },
  { kind: "api", method: "GET", path: () => "/api/v1/me/export", action: "account.manage_own" },
  { kind: "api", method: "GET", path: () => "/api/v1/admin/users", action: "users.manage" },
  { kind: "api", method: "GET", path: (ids) => `/api/v1/admin/users/${ids.member}`, action: "users.manage" },
  { kind: "api", method: "PATCH", path: (ids) => `/api/v1/admin/users/${ids.member}`, action: "users.manage", body: { active: true } },
  { kind: "api", method: "GET", path: () => "/api/v1/admin/audit", action: "audit.read" },
  { kind: "api", method: "GET", path: () => "/api/v1/countries/EG/focal-points", action: "country.focal_points.read", country: "EG" },
  { kind: "api", method: "GET", path: () => "/api/v1/countries/PE/focal-points", action: "country.focal_points.read", country: "PE" },
  {
    kind: "api",
    method: "DELETE",
    path: () => "/api/v1/activities/00000000-0000-4000-8000-00000000dead",
    action: "activities.manage",
    allowedStatus: 404,
  },
  { kind: "page", method: "GET", path: () => "/en/account", action: "account.manage_own" },
  { kind: "page", method: "GET", path: () => "/en/admin/users", action: "users.manage" },
  { kind: "page", method: "GET", path: (ids) => `/en/admin/users/${ids.member}`, action: "users.manage" },
  { kind: "page", method: "GET", path: () => "/en/admin/audit", action: "audit.read" },
  { kind: "page", method: "GET", path: () => "/en/admin/outbox", action: "outbox.read" },
  { kind: "page", method: "GET", path: () => "/en/secretariat/focal-points", action: "focal_points.nominate" },
  { kind: "page", method: "GET", path: () => "/en/activities/new", action: "activities.manage" },
  { kind: "page", method: "GET", path: () => "/en/activities/import", action: "activities.manage" },
];

test("every policy action is covered by the matrix", () => {
  expect(new Set(TARGETS.map((t) => t.action))).toEqual(new Set(Object.keys(POLICY)));
});

test.describe("authorization matrix", () => {
  let ids: { member: string };

  test.beforeAll(async ({ baseURL }) => {
    const admin = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
    expect(await signInByApi(admin, "admin@demo.test")).toBe(200);
    const list = await (await admin.get("/api/v1/admin/users?q=member@demo.test")).json();
    ids = { member: list.items[0].id };
    await admin.dispose();
  });

  for (const who of PRINCIPALS) {
    test(`${who.label}`, async ({ baseURL }) => {
      const ctx: APIRequestContext = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
      if (who.email) expect(await signInByApi(ctx, who.email), `sign-in of ${who.email}`).toBe(200);
      const rows: string[] = [];
      for (const target of TARGETS) {
        const path = target.path(ids);
        const decision = decide(who.principal, target.action, { country: target.country });
        const res = await ctx.fetch(path, {
          method: target.method,
          data: target.body,
          headers: target.body ? { "content-type": "application/json" } : {},
          maxRedirects: 0,
        });
        let expected: number;
        if (target.kind === "api") expected = { allow: target.allowedStatus ?? 200, unauthenticated: 401, forbidden: 403 }[decision];
        else expected = { allow: 200, unauthenticated: 307, forbidden: 403 }[decision];
        if (res.status() !== expected) rows.push(`${target.method} ${path}: expected ${expected} (${decision}), got ${res.status()}`);
        if (target.kind === "page" && decision === "unauthenticated") {
          expect(res.headers().location).toContain(`/en/sign-in?next=${encodeURIComponent(path)}`);
        }
        if (target.kind === "api" && decision !== "allow") {
          expect(res.headers()["content-type"]).toBe("application/problem+json");
        }
      }
      expect(rows).toEqual([]);
      await ctx.dispose();
    });
  }
});
