import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicContentGeneration, publicContentSettled } from "@/lib/public-content";
import { listenForPublicChanges } from "../../scripts/lib/public-content-listener.mjs";

/**
 * The page cache's freshness rests on this: PostgreSQL tells the listener about a committed
 * write to a public table, never about a rolled-back one, and a round trip on the listening
 * connection after a commit means the notification has arrived.
 */
describe("the public content listener", () => {
  const url = process.env.DATABASE_URL!;
  const changes: string[] = [];
  let ups = 0;
  let listener: ReturnType<typeof listenForPublicChanges>;
  const writer = new pg.Pool({ connectionString: url, max: 2 });

  beforeAll(async () => {
    listener = listenForPublicChanges({ connectionString: url, onChange: (t) => changes.push(t), onUp: () => ups++, onDown: () => {} });
    for (let i = 0; i < 100 && !listener.up; i++) await new Promise((r) => setTimeout(r, 50));
    expect(listener.up).toBe(true);
  });

  afterAll(async () => {
    await listener.close();
    await writer.end();
  });

  it("hears a committed write to a public table, once per transaction and table, by the time settled() returns", async () => {
    const before = publicContentGeneration();
    expect(before).not.toBeNull();
    changes.length = 0;
    const conn = await writer.connect();
    try {
      await conn.query("BEGIN");
      await conn.query("UPDATE country SET lldc = lldc WHERE iso2 IN ('ET', 'NP')");
      await conn.query("UPDATE country SET sids = sids WHERE iso2 = 'FJ'");
      expect(changes).toEqual([]);
      await conn.query("COMMIT");
    } finally {
      conn.release();
    }
    await publicContentSettled();
    expect(changes).toEqual(["country"]);
    expect(publicContentGeneration()).not.toBe(before);
  });

  it("hears nothing of a write that was rolled back, nor of tables public pages do not show", async () => {
    changes.length = 0;
    const conn = await writer.connect();
    try {
      await conn.query("BEGIN");
      await conn.query("UPDATE country SET lldc = lldc WHERE iso2 = 'ET'");
      await conn.query("ROLLBACK");
    } finally {
      conn.release();
    }
    await writer.query("UPDATE app_user SET name = name WHERE false");
    await publicContentSettled();
    expect(changes).toEqual([]);
  });

  it("has a trigger on every table the public pages read", async () => {
    const { rows } = await writer.query<{ table: string }>(
      `SELECT DISTINCT event_object_table AS table FROM information_schema.triggers WHERE action_statement LIKE '%notify_public_content_changed%' ORDER BY 1`,
    );
    expect(rows.map((r) => r.table)).toEqual(expect.arrayContaining(["activity", "activity_beneficiary", "activity_expert", "country", "region"]));
  });
});
