import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { logger } from "@/lib/logger";
import { claimDueEmails, releaseClaims, type ClaimedEmail } from "./claim-due";
import { SEND_WITHIN_MS, SMTP_TIMEOUTS } from "./delivery-policy";
import { markFailedAttempt, markSent } from "./record-outcome";

export { MAX_ATTEMPTS, retryDelaySeconds } from "./delivery-policy";

export function smtpTransport(url: string): Transporter {
  return nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
}

/**
 * One Message-ID per outbox row: if a row is ever sent twice (its worker died after sending,
 * before recording it), the copies carry the same id and mail clients show one.
 */
export function messageIdFor(emailId: string, from: string): string {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
  return `<${emailId}@${domain}>`;
}

/**
 * Sends the emails that are due: claims a batch (a short transaction that commits a lease),
 * sends each over SMTP outside any transaction, then records each outcome in a statement of
 * its own. No transaction is open while SMTP talks, so a slow server, a timeout or a failed
 * commit can no longer undo the record of an email already sent, and any number of app
 * instances can run this at once. `now` replaces the clock (tests).
 */
export async function deliverDueEmails(transport: Transporter, from: string, batch = 20, now?: Date): Promise<{ sent: number; failed: number }> {
  const claimed = await claimDueEmails(batch, now);
  const started = performance.now();
  let sent = 0;
  let failed = 0;
  for (const [index, email] of claimed.entries()) {
    if (performance.now() - started > SEND_WITHIN_MS) {
      const released = await releaseClaims(claimed.slice(index));
      logger.warn({ released }, "mail worker ran out of lease time; the rest of the batch is handed back");
      break;
    }
    if (await sendOne(transport, from, email, now)) sent++;
    else failed++;
  }
  return { sent, failed };
}

async function sendOne(transport: Transporter, from: string, email: ClaimedEmail, now?: Date): Promise<boolean> {
  try {
    await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.textBody, messageId: messageIdFor(email.id, from) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { applied, giveUp } = await markFailedAttempt(email, message, now ?? new Date());
    logger.warn({ email: email.id, attempts: email.attempts, giveUp, applied, err: message }, "email delivery failed");
    return false;
  }
  if (!(await markSent(email))) {
    // Its lease had passed to another worker, which records the outcome from now on.
    logger.warn({ email: email.id }, "email sent after its lease expired");
  }
  return true;
}
