import "server-only";
import { logger } from "@/lib/logger";
import { sendConfirmationReminders } from "./send-confirmation-reminders";

/** How often the confirmation reminders run (at most hourly); the first run waits a minute after start. */
const INTERVAL_MS = 60 * 60 * 1000;
const FIRST_RUN_MS = 60 * 1000;

/**
 * Runs the confirmation reminders periodically while the server runs; started once per process
 * from src/instrumentation.ts, beside the mail worker. Safe with several instances: each batch
 * skips the profiles another instance has locked, and a reminded profile is not due again until
 * it is confirmed (docs/CONSULTANTS.md, "Reminders"). ROSTER_REMINDERS=off disables it.
 */
export function startReminderJob(): void {
  const holder = globalThis as unknown as { __portalReminderJob?: NodeJS.Timeout };
  if (process.env.ROSTER_REMINDERS === "off" || holder.__portalReminderJob) return;
  let busy = false;
  const run = () => {
    if (busy) return;
    busy = true;
    sendConfirmationReminders()
      .then((n) => n && logger.info({ reminders: n }, "roster confirmation reminders queued"))
      .catch((err: unknown) => logger.warn({ err }, "roster confirmation reminders failed; next run in an hour"))
      .finally(() => (busy = false));
  };
  setTimeout(run, FIRST_RUN_MS).unref();
  holder.__portalReminderJob = setInterval(run, INTERVAL_MS);
  holder.__portalReminderJob.unref();
}
