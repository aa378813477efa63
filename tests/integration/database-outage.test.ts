import { rm } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as registerRoute } from "@/app/api/v1/accounts/route";
import { POST as createActivityRoute } from "@/app/api/v1/activities/route";
import { createDb } from "@/lib/db/create-client";
import { callRoute } from "../support/call-route";
import { signedInAs } from "../support/session";
import { migrate, seed } from "../../scripts/lib/database";
import { freePort, startEmbeddedDb, throwawayDir, type EmbeddedDb } from "../../scripts/lib/embedded-db";

// The database going away is not the client's fault and not a bug: 503 + Retry-After, never 500,
// and no acknowledged write lost or doubled. This file points the app's db() at a database of its
// own, which it stops and starts under load.

type Holder = { __portalDb?: ReturnType<typeof createDb> };
const holder = globalThis as unknown as Holder;
const dataDir = throwawayDir("outage");
let port = 0;
let server: EmbeddedDb;
let previous: Holder["__portalDb"];

beforeAll(async () => {
  port = await freePort(0);
  server = await startEmbeddedDb({ dataDir, port });
  await migrate(server.url);
  await seed(server.url, { demo: false });
  previous = holder.__portalDb;
  holder.__portalDb = createDb({ url: server.url, poolMax: 8, connectTimeoutMs: 1000 });
}, 120_000);

afterAll(async () => {
  await holder.__portalDb?.client.$disconnect();
  await holder.__portalDb?.pool.end().catch(() => {});
  holder.__portalDb = previous;
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const activity = (ref: string) => ({
  externalRef: ref,
  title: { en: `Outage test ${ref}` },
  type: "national_seminar",
  ipAreas: ["patents"],
  organisingUnit: "Academy",
  startDate: "2025-03-01",
  endDate: "2025-03-02",
  beneficiaries: [{ country: "BD", participants: 10 }],
  fundingType: "regular_budget",
  status: "completed",
});

describe("when PostgreSQL goes away in the middle of writes", () => {
  it("answers 503 problem+json with Retry-After, never 500, and keeps every acknowledged write once", async () => {
    const { cookie } = await signedInAs(["secretariat"]);
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    const refused: { status: number; type: string; retryAfter: string | null; contentType: string | null }[] = [];
    let next = 0;
    const total = 240;
    let restarted: Promise<void> | null = null;
    const worker = async () => {
      while (next < total) {
        const ref = `OUT-${next++}`;
        if (next === 60) {
          // Stop the server while 8 writers are busy, start it again 1.5 s later.
          restarted = server.stop().then(async () => {
            await new Promise((r) => setTimeout(r, 1500));
            server = await startEmbeddedDb({ dataDir, port });
          });
        }
        const res = await callRoute(createActivityRoute, "/api/v1/activities", { method: "POST", body: activity(ref), headers: { cookie } });
        statuses.push(res.status);
        if (res.status === 201 || res.status === 200) acknowledged.push(ref);
        else refused.push({ status: res.status, type: (res.json as { type?: string })?.type ?? "", retryAfter: res.headers.get("retry-after"), contentType: res.headers.get("content-type") });
        if (res.status === 503) await new Promise((r) => setTimeout(r, 100));
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await restarted;
    expect(statuses).not.toContain(500);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r).toMatchObject({ status: 503, retryAfter: "5", contentType: "application/problem+json" });
    expect(acknowledged.length).toBeGreaterThan(60);

    const check = new pg.Client({ connectionString: server.url });
    await check.connect();
    try {
      const { rows } = await check.query<{ external_ref: string; n: number }>(
        "SELECT external_ref, count(*)::int AS n FROM activity WHERE external_ref LIKE 'OUT-%' GROUP BY external_ref",
      );
      const stored = new Map(rows.map((r) => [r.external_ref, r.n]));
      for (const ref of acknowledged) expect(stored.get(ref), ref).toBe(1);
      // Acknowledged creates each wrote their audit row in the same transaction.
      const audits = await check.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_event WHERE action = 'activity.create'");
      expect(audits.rows[0]!.n).toBe(stored.size);
    } finally {
      await check.end();
    }
  }, 90_000);

  it("a public registration while the database is down is a 503, not a 500", async () => {
    await server.stop();
    try {
      const res = await callRoute(registerRoute, "/api/v1/accounts", {
        method: "POST",
        body: { email: "down@example.org", password: "Harare-lantern-basalt-93", name: "Down", organisation: { name: "IPO", type: "ip_office", country: "NP" } },
      });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
    } finally {
      server = await startEmbeddedDb({ dataDir, port });
    }
  }, 60_000);
});
