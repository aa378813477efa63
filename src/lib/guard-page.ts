import "server-only";
import { unstable_rethrow } from "next/navigation";
import { classifyError } from "@/lib/classify-error";
import { logger } from "@/lib/logger";
import { UNAVAILABLE_DIGEST } from "@/lib/page-errors";

/**
 * Renders a page's module component (called as a function, so its data loading runs inside
 * this try) and marks a database outage with UNAVAILABLE_DIGEST for the error boundary.
 * notFound(), forbidden() and redirects pass through; other errors stay bugs (500 view).
 */
export async function guardPage<T>(render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (error) {
    unstable_rethrow(error);
    if (classifyError(error)?.kind !== "unavailable") throw error;
    logger.warn({ err: error }, "page rendered while the database is unavailable");
    throw Object.assign(new Error("The database is unavailable"), { digest: UNAVAILABLE_DIGEST });
  }
}
