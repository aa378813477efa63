import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

export const MAX_ATTEMPTS = 8;

/** Seconds to wait before attempt n+1: 30 s, 1 min, 2 min … capped at 6 h. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

export function smtpTransport(url: string): Transporter {
  return nodemailer.createTransport(url);
}

/**
 * Sends the emails that are due. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so several app instances can run the worker without sending anything twice.
 */
export async function deliverDueEmails(transport: Transporter, from: string, batch = 20, now = new Date()): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await db().$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<{ id: string; to: string; subject: string; text_body: string; attempts: number }[]>`
        SELECT id, "to", subject, text_body, attempts FROM outbox_email
        WHERE status = 'pending' AND next_attempt_at <= ${now}
        ORDER BY next_attempt_at LIMIT ${batch}
        FOR UPDATE SKIP LOCKED`;
      for (const email of due) {
        const attempts = email.attempts + 1;
        try {
          await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text_body });
          await tx.outboxEmail.update({ where: { id: email.id }, data: { status: "sent", attempts, sentAt: new Date(), lastError: null } });
          sent++;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const giveUp = attempts >= MAX_ATTEMPTS;
          await tx.outboxEmail.update({
            where: { id: email.id },
            data: {
              status: giveUp ? "failed" : "pending",
              attempts,
              lastError: message.slice(0, 1000),
              nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(attempts) * 1000),
            },
          });
          failed++;
          logger.warn({ email: email.id, attempts, giveUp, err: message }, "email delivery failed");
        }
      }
    },
    { timeout: 120_000 },
  );
  return { sent, failed };
}
