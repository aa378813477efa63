import "server-only";
import { logger } from "@/lib/logger";
import { deliverDueEmails, smtpTransport } from "./deliver";

const INTERVAL_MS = 5_000;

/** Polls the outbox while the server runs; started once per process from src/instrumentation.ts. */
export function startMailWorker(): void {
  const url = process.env.SMTP_URL;
  const holder = globalThis as unknown as { __portalMailWorker?: NodeJS.Timeout };
  if (!url || holder.__portalMailWorker) return;
  const transport = smtpTransport(url);
  const from = process.env.MAIL_FROM ?? "South-South IP Portal <no-reply@localhost>";
  let busy = false;
  holder.__portalMailWorker = setInterval(() => {
    if (busy) return;
    busy = true;
    deliverDueEmails(transport, from)
      .catch((err: unknown) => logger.error({ err }, "mail worker run failed"))
      .finally(() => (busy = false));
  }, INTERVAL_MS);
  holder.__portalMailWorker.unref();
  logger.info("mail worker started");
}
