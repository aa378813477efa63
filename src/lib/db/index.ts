import "server-only";
import { env } from "@/lib/env";
import { createDbClient, type PrismaClient } from "./create-client";

// One client per process; kept on globalThis so dev-mode reloads do not open new pools.
const holder = globalThis as unknown as { __portalDb?: PrismaClient };

export function db(): PrismaClient {
  if (!holder.__portalDb) {
    const e = env();
    holder.__portalDb = createDbClient({
      url: e.DATABASE_URL,
      poolMax: e.DB_POOL_MAX,
      connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
    });
  }
  return holder.__portalDb;
}

export type { PrismaClient };
export { Prisma } from "@/generated/prisma/client.ts";
