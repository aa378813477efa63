import "server-only";
import { db, type DbTx } from "@/lib/db";
import { logger } from "@/lib/logger";
import { notifyNeedsOfNewOffer } from "./notify-top-suggestions";

/** How many queued offers one pass works, and how long a failed one waits before its next try. */
const BATCH = 20;
const RETRY_MINUTES = [1, 5, 30, 120];

/** Queues a newly published offer's suggestion emails, in the publishing transaction. */
export async function queueSuggestionNotices(tx: DbTx, listingId: string): Promise<void> {
  await tx.$executeRaw`INSERT INTO suggestion_notice_job (listing_id) VALUES (${listingId}::uuid)
    ON CONFLICT (listing_id) DO UPDATE SET next_try_at = now(), attempts = 0, last_error = NULL`;
}

/**
 * Works the queue: each offer in its own transaction that claims the job (SKIP LOCKED, so
 * several instances share the queue), scores the needs it would enter the top five of, queues
 * their owners' emails and deletes the job: emails and the job's removal commit together, so
 * an offer's owners are told once. A failure keeps the job for a later try (backing off).
 * Publishing stays fast: up to 21 suggestion queries ran in its transaction before.
 */
export async function runSuggestionNotices(): Promise<number> {
  let done = 0;
  for (let i = 0; i < BATCH; i++) {
    let claimed: string | null = null;
    try {
      const told = await db().$transaction(
        async (tx) => {
          const [job] = await tx.$queryRaw<{ listing_id: string }[]>`
            SELECT listing_id::text FROM suggestion_notice_job WHERE next_try_at <= now()
            ORDER BY next_try_at FOR UPDATE SKIP LOCKED LIMIT 1`;
          if (!job) return null;
          claimed = job.listing_id;
          const [open] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT status IN ('published', 'in_discussion') AS ok FROM listing WHERE id = ${job.listing_id}::uuid`;
          const n = open?.ok ? await notifyNeedsOfNewOffer(tx, job.listing_id) : 0;
          await tx.$executeRaw`DELETE FROM suggestion_notice_job WHERE listing_id = ${job.listing_id}::uuid`;
          return n;
        },
        { timeout: 60_000 },
      );
      if (told === null) break;
      done++;
    } catch (err) {
      if (!claimed) throw err;
      logger.warn({ err, listing: claimed }, "suggestion emails of a new offer failed; retrying later");
      await db().$executeRaw`UPDATE suggestion_notice_job SET attempts = attempts + 1, last_error = ${String(err instanceof Error ? err.message : err).slice(0, 500)},
        next_try_at = now() + make_interval(mins => (${RETRY_MINUTES}::int[])[LEAST(attempts + 1, ${RETRY_MINUTES.length})]) WHERE listing_id = ${claimed}::uuid`;
    }
  }
  return done;
}

let running: Promise<void> | null = null;

/**
 * After a publish commits: work the queue now, in the background, when this process runs
 * matchmaking's jobs (the hourly pass, and a minute's poll, catch what a crash left).
 * Integration tests run no jobs and call runSuggestionNotices themselves.
 */
export function kickSuggestionNotices(): void {
  const holder = globalThis as unknown as { __portalMatchmakingJobs?: NodeJS.Timeout };
  if (!holder.__portalMatchmakingJobs || running) return;
  running = runSuggestionNotices()
    .then(() => undefined)
    .catch((err: unknown) => logger.warn({ err }, "suggestion emails pass failed"))
    .finally(() => (running = null));
}
