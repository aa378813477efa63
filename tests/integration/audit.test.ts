import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { listAudit, recordEvent } from "@/modules/audit/server";

describe("audit trail", () => {
  it("records events and lists them newest first with filters", async () => {
    await recordEvent({ actor: { id: "00000000-0000-4000-8000-00000000000a", email: "Auditor@Example.org", roles: ["admin"] }, action: "test.first", outcome: "success", meta: { ip: "192.0.2.1", requestId: "req-1" } });
    await recordEvent({ actor: null, action: "test.second", outcome: "denied" });
    const all = await listAudit({ limit: 2 });
    expect(all.items.map((e) => e.action)).toEqual(["test.second", "test.first"]);
    const mine = await listAudit({ actor: "auditor@example.org", limit: 50 });
    expect(mine.items[0]).toMatchObject({ action: "test.first", ip: "192.0.2.1", requestId: "req-1", outcome: "success" });
    const denied = await listAudit({ outcome: "denied", action: "test.second", limit: 50 });
    expect(denied.items).toHaveLength(1);
  });

  it("is append-only: the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const snapshot = async () => (await client.query("SELECT count(*)::int AS n, max(id)::text AS last, string_agg(action, ',' ORDER BY id) AS actions FROM audit_event")).rows[0];
      const before = await snapshot();
      expect(before.n).toBeGreaterThan(0);
      await expect(client.query("UPDATE audit_event SET action = 'forged'")).rejects.toThrow(/append-only/);
      await expect(client.query("DELETE FROM audit_event")).rejects.toThrow(/append-only/);
      await expect(client.query("TRUNCATE audit_event")).rejects.toThrow(/append-only/);
      // Every row is still there, unchanged.
      expect(await snapshot()).toEqual(before);
    } finally {
      await client.end();
    }
  });
});
