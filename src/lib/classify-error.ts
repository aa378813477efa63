import { AppError, invalidInput, unavailable } from "@/lib/errors";
import { isDatabaseUnavailable, isUnstorableText } from "@/lib/db/errors";

/** Seconds a client is told to wait when the database is away (it restarts in a few). */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/**
 * Maps whatever was thrown onto the taxonomy: the taxonomy's own errors as they are, the
 * database being away as `unavailable` (not the client's fault, not a bug), text PostgreSQL
 * cannot store as invalid input. Anything else is a bug: null, and the caller answers 500.
 * Routes, server actions, streams and pages all go through this one function.
 */
export function classifyError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    const e = unavailable("The database is not reachable just now; nothing was written. Try again shortly.");
    e.extra.retryAfterSeconds = UNAVAILABLE_RETRY_SECONDS;
    return e;
  }
  if (isUnstorableText(error)) return invalidInput([{ name: "body", reason: "control_characters" }]);
  return null;
}
