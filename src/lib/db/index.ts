import "server-only";
import type pg from "pg";
import { env } from "@/lib/env";
import { createDb, type PrismaClient } from "./create-client";
import type { Prisma } from "@/generated/prisma/client.ts";

// One client and pool per process; kept on globalThis so dev-mode reloads do not open new pools.
const holder = globalThis as unknown as { __portalDb?: { client: PrismaClient; pool: pg.Pool } };

function instance() {
  if (!holder.__portalDb) {
    const e = env();
    holder.__portalDb = createDb({ url: e.DATABASE_URL, poolMax: e.DB_POOL_MAX, connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS });
  }
  return holder.__portalDb;
}

export function db(): PrismaClient {
  return instance().client;
}

/**
 * Runs a Prisma.sql statement on the shared pool and returns its rows as pg parses them
 * (int4 → number, jsonb → object, arrays → arrays, date → Date at local midnight: cast dates
 * to text). For raw SQL on hot paths; everything else goes through db().
 */
export async function sqlRows<T>(sql: Prisma.Sql): Promise<T[]> {
  return (await instance().pool.query(sql.text, sql.values as unknown[])).rows as T[];
}

/** Runs `work` in one transaction on a pool connection (BEGIN … COMMIT, ROLLBACK on any error). */
export async function withSqlTransaction<T>(work: (conn: pg.PoolClient) => Promise<T>): Promise<T> {
  const conn = await instance().pool.connect();
  let broken: Error | undefined;
  try {
    await conn.query("BEGIN");
    const result = await work(conn);
    await conn.query("COMMIT");
    return result;
  } catch (error) {
    // A connection that cannot even roll back is discarded rather than returned to the pool.
    await conn.query("ROLLBACK").catch((e: Error) => (broken = e));
    throw error;
  } finally {
    conn.release(broken);
  }
}

/** A Prisma client or the client of an open transaction: what write helpers take to join the caller's transaction. */
export type DbTx = Prisma.TransactionClient | PrismaClient;

export type { PrismaClient };
export { Prisma } from "@/generated/prisma/client.ts";
