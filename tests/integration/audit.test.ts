import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { recordAudit, listAudit } from "@/modules/audit/server";

describe("audit trail", () => {
  it("records events and lists them newest first with filters", async () => {
    await recordAudit({ actor: { id: "00000000-0000-4000-8000-00000000000a", email: "Auditor@Example.org", roles: ["admin"] }, action: "test.first", outcome: "success", meta: { ip: "192.0.2.1", requestId: "req-1" } });
    await recordAudit({ actor: null, action: "test.second", outcome: "denied" });
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
      await expect(client.query("UPDATE audit_event SET action = 'forged'")).rejects.toThrow(/append-only/);
      await expect(client.query("DELETE FROM audit_event")).rejects.toThrow(/append-only/);
      await expect(client.query("TRUNCATE audit_event")).rejects.toThrow(/append-only/);
      const { rows } = await client.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'forged'");
      expect(rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});
