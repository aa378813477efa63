import "server-only";
import { logger } from "@/lib/logger";
import { expireListings, remindExpiringListings } from "./lifecycle";
import { sendDigests } from "./saved-searches";
import { runSuggestionNotices } from "./suggestion-notices";

const INTERVAL_MS = 60 * 60 * 1000;
const FIRST_RUN_MS = 90 * 1000;
const NOTICE_POLL_MS = 60 * 1000;

/** One pass of matchmaking's periodic work: expiry reminders, expiry, saved-search digests, leftover suggestion emails. */
export async function runMatchmakingJobs(): Promise<{ reminded: number; expired: number; digests: number; notices: number }> {
  const reminded = await remindExpiringListings();
  const expired = await expireListings();
  const digests = await sendDigests();
  const notices = await runSuggestionNotices();
  return { reminded, expired, digests, notices };
}

/**
 * Runs matchmaking's periodic work hourly while the server runs (started from
 * src/instrumentation.ts, beside the roster's reminders). Safe with several instances: batches
 * skip rows another holds, expiry goes through the state machine's version check.
 * MATCHMAKING_JOBS=off disables it (the tests run the passes themselves).
 */
export function startMatchmakingJobs(): void {
  const holder = globalThis as unknown as { __portalMatchmakingJobs?: NodeJS.Timeout };
  if (process.env.MATCHMAKING_JOBS === "off" || holder.__portalMatchmakingJobs) return;
  let busy = false;
  const run = () => {
    if (busy) return;
    busy = true;
    runMatchmakingJobs()
      .then((r) => (r.reminded || r.expired || r.digests || r.notices) && logger.info(r, "matchmaking jobs"))
      .catch((err: unknown) => logger.warn({ err }, "matchmaking jobs failed; next run in an hour"))
      .finally(() => (busy = false));
  };
  setTimeout(run, FIRST_RUN_MS).unref();
  holder.__portalMatchmakingJobs = setInterval(run, INTERVAL_MS);
  holder.__portalMatchmakingJobs.unref();
  // The suggestion emails of new offers are sent right after each publish (kickSuggestionNotices);
  // this poll sends what a crash or a failure left in the queue.
  setInterval(() => void runSuggestionNotices().catch((err: unknown) => logger.warn({ err }, "suggestion emails pass failed")), NOTICE_POLL_MS).unref();
}
