/**
 * Classifies errors that come from PostgreSQL or the road to it. Prisma on the pg driver
 * adapter wraps pg's errors (a DriverAdapterError whose `cause` holds the original), so
 * each check walks the whole cause chain.
 */

// Connection-level SQLSTATEs and socket codes: the database is away, not the request wrong.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN",
  "08000", "08001", "08003", "08004", "08006", // connection exceptions
  "57P01", "57P02", "57P03", // admin / crash shutdown, cannot connect now (starting up)
  "53300", // too many connections
  "P1001", "P1002", "P1017", "P2024", // Prisma: cannot reach, timed out, closed, pool timeout
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connection error|not yet accepting connections|database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Can't reach database server|Client was closed|Connection ended unexpectedly/i;

function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let current = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    yield current as Record<string, unknown>;
    const c = current as { cause?: unknown; originalError?: unknown };
    current = c.cause ?? c.originalError;
  }
}

const codesOf = (e: Record<string, unknown>) => [e.code, e.originalCode, e.errno].filter((c): c is string => typeof c === "string");

/** True when the database could not be reached or went away mid-request (→ 503, retry later). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    if (codesOf(e).some((c) => UNAVAILABLE_CODES.has(c))) return true;
    if (e.kind === "DatabaseNotReachable" || e.kind === "ConnectionClosed" || e.kind === "SocketTimeout") return true;
    if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** True for a unique-constraint violation (SQLSTATE 23505, Prisma P2002). */
export function isUniqueViolation(error: unknown): boolean {
  for (const e of chain(error)) {
    const codes = codesOf(e);
    if (codes.includes("23505") || codes.includes("P2002") || e.kind === "UniqueConstraintViolation") return true;
  }
  return false;
}

/** True when PostgreSQL refused a value's bytes (NUL in text, invalid encoding): the client's input. */
export function isUnstorableText(error: unknown): boolean {
  return [...chain(error)].some((e) => codesOf(e).some((c) => c === "22021" || c === "22P05"));
}
