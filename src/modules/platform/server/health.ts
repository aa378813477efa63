import "server-only";
import { Prisma, sqlRows } from "@/lib/db";

export interface Health {
  status: "ok" | "degraded";
  db: "ok" | "down";
}

const DB_CHECK_TIMEOUT_MS = 2_500;

/**
 * Pings the database with a deadline, so the answer comes within 3 s even when
 * the database hangs instead of refusing; the pool reconnects by itself later.
 */
/** One round trip on the app's pool (the pool Prisma uses too), without the ORM's per-query work. */
const pingPool = () => sqlRows(Prisma.sql`SELECT 1`);

export async function checkHealth(ping: () => Promise<unknown> = pingPool): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database ping timed out")), DB_CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([ping(), deadline]);
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "degraded", db: "down" };
  } finally {
    clearTimeout(timer);
  }
}
