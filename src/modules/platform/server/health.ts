import "server-only";
import { db, type PrismaClient } from "@/lib/db";

export interface Health {
  status: "ok" | "degraded";
  db: "ok" | "down";
}

const DB_CHECK_TIMEOUT_MS = 2_500;

/**
 * Pings the database with a deadline, so the answer comes within 3 s even when
 * the database hangs instead of refusing; the pool reconnects by itself later.
 */
export async function checkHealth(client: PrismaClient = db()): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database ping timed out")), DB_CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([client.$queryRaw`SELECT 1`, deadline]);
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "degraded", db: "down" };
  } finally {
    clearTimeout(timer);
  }
}
