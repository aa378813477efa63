// Runs once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startMailWorker } = await import("@/modules/mail/server");
    startMailWorker();
    const { startReminderJob } = await import("@/modules/consultants/server");
    startReminderJob();
    const { startMatchmakingJobs } = await import("@/modules/matchmaking/server");
    startMatchmakingJobs();
  }
}
