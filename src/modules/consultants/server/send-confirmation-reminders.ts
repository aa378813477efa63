import "server-only";
import { Prisma } from "@/lib/db";
import { dateFormat } from "@/lib/i18n/format";
import { auditedWrite, type AuditInput } from "@/modules/audit/server";
import { REMIND_AFTER_MONTHS } from "../constants";
import { emailRecipient, recipientOf } from "./workflow-email";

const BATCH = 200;

/**
 * One reminder per confirmation: approved profiles last confirmed more than 11 months ago whose
 * reminder for that confirmation has not gone yet (reminded_at null or older than
 * last_confirmed_at) get an email (the account's preferred language, else English) and
 * reminded_at. Batches of 200, each one transaction with its emails and audit rows; rows
 * locked by another instance's batch are skipped (FOR UPDATE SKIP LOCKED), so two app
 * instances never remind the same person twice, and running it again sends nothing new.
 * Returns how many reminders were queued.
 */
export async function sendConfirmationReminders({ batchSize = BATCH }: { batchSize?: number } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const sent = await auditedWrite(async (tx) => {
      const due = await tx.$queryRaw<{ id: string; user_id: string | null; email: string; full_name: string; last_confirmed_at: Date }[]>`
        SELECT id, user_id, email, full_name, last_confirmed_at FROM consultant
        WHERE status = 'approved'
          -- Only a consultant with an account can confirm (on /apply); legacy profiles are the secretariat's.
          AND user_id IS NOT NULL
          AND last_confirmed_at < now() - ${Prisma.raw(`interval '${REMIND_AFTER_MONTHS} months'`)}
          AND (reminded_at IS NULL OR reminded_at < last_confirmed_at)
        ORDER BY last_confirmed_at, id
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED`;
      const audit: AuditInput[] = [];
      for (const p of due) {
        const r = await recipientOf(tx, p);
        await emailRecipient(tx, r, "consultantReminder", { confirmedOn: dateFormat(r.lng, { dateStyle: "long" }).format(p.last_confirmed_at) });
        audit.push({ actor: null, action: "consultant.remind", outcome: "success", target: { type: "consultant", id: p.id }, detail: { lastConfirmedAt: p.last_confirmed_at.toISOString() } });
      }
      if (due.length) await tx.$executeRaw`UPDATE consultant SET reminded_at = now() WHERE id = ANY(${due.map((d) => d.id)}::uuid[])`;
      return { result: due.length, audit };
    });
    total += sent;
    if (sent < batchSize) return total;
  }
}
