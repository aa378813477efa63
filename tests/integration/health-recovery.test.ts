import { describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { checkHealth } from "@/modules/platform/server";
import { freePort, startEmbeddedDb, throwawayDir } from "../../scripts/lib/embedded-db";

describe("health when the database goes away and comes back", () => {
  it("reports down within 3 s, then ok again by itself", async () => {
    const dataDir = throwawayDir("health");
    const port = await freePort(0);
    let server = await startEmbeddedDb({ dataDir, port });
    const client = createDbClient({ url: server.url, connectTimeoutMs: 2000 });
    try {
      expect(await checkHealth(() => client.$queryRaw`SELECT 1`)).toEqual({ status: "ok", db: "ok" });
      await server.stop();
      const started = performance.now();
      expect(await checkHealth(() => client.$queryRaw`SELECT 1`)).toEqual({ status: "degraded", db: "down" });
      expect(performance.now() - started).toBeLessThan(3000);
      server = await startEmbeddedDb({ dataDir, port });
      let health = await checkHealth(() => client.$queryRaw`SELECT 1`);
      for (let i = 0; i < 20 && health.db !== "ok"; i++) {
        await new Promise((r) => setTimeout(r, 250));
        health = await checkHealth(() => client.$queryRaw`SELECT 1`);
      }
      expect(health).toEqual({ status: "ok", db: "ok" });
    } finally {
      await client.$disconnect();
      await server.stop();
      const { rm } = await import("node:fs/promises");
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
