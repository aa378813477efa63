import "server-only";
import { db } from "./index";

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the current window ends (for Retry-After). */
  retryAfter: number;
  count: number;
}

/**
 * Counts one hit against `key` in fixed windows kept in PostgreSQL, so the
 * limit holds across every app instance. The upsert is atomic.
 */
export async function hitRateLimit(key: string, limit: number, windowSeconds = 60, now = new Date()): Promise<RateLimitResult> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_hit (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_hit.count + 1
    RETURNING count`;
  const count = Number(rows[0]?.count ?? 1);
  // Old windows are swept now and then by whoever happens to pass.
  if (Math.random() < 0.01) {
    await db().$executeRaw`DELETE FROM rate_limit_hit WHERE window_start < ${new Date(now.getTime() - 3_600_000)}`;
  }
  return {
    allowed: count <= limit,
    retryAfter: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)),
    count,
  };
}
