import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client.ts";

export interface DbOptions {
  url: string;
  poolMax?: number;
  connectTimeoutMs?: number;
}

/**
 * A Prisma client on the pg driver adapter. pg waits forever for a connection by
 * default; the timeouts make a dead or overloaded database a fast, clear error.
 */
export function createDbClient({ url, poolMax = 10, connectTimeoutMs = 2_000 }: DbOptions): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: poolMax,
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
