import "server-only";
import { db, type DbTx } from "@/lib/db";
import { logger } from "@/lib/logger";
import { renderEmail, type EmailTemplate } from "./render-email";

export interface EmailRequest {
  to: string;
  locale: string;
  template: EmailTemplate;
  vars: Record<string, string>;
}

/**
 * Every email goes through the outbox table first. The mail worker delivers it
 * when SMTP_URL is set; without SMTP it stays readable in the admin outbox page.
 */
export async function enqueueEmail(request: EmailRequest, tx: DbTx = db()): Promise<string> {
  const { subject, text, redactedText } = await renderEmail(request.locale, request.template, request.vars);
  // Pass the caller's transaction: the email is queued if and only if its change commits.
  const row = await tx.outboxEmail.create({
    data: { to: request.to, locale: request.locale, template: request.template, subject, textBody: text, redactedBody: redactedText },
  });
  if (!process.env.SMTP_URL) {
    logger.info({ email: row.id, to: request.to, subject, template: request.template }, "email held in the outbox (no SMTP_URL)");
  }
  return row.id;
}

export interface OutboxQuery {
  to?: string;
  status?: "pending" | "sent" | "failed";
  limit?: number;
  /**
   * Show the secret links of emails not yet delivered. Only for the no-SMTP demo mode, where
   * the outbox is the delivery; with SMTP nobody but the recipient should hold a live link.
   */
  revealLinks?: boolean;
}

export async function listOutbox(query: OutboxQuery = {}) {
  const rows = await db().outboxEmail.findMany({
    where: {
      ...(query.to ? { to: { contains: query.to, mode: "insensitive" as const } } : {}),
      ...(query.status ? { status: query.status } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: query.limit ?? 100,
    omit: { leaseId: true },
  });
  return rows.map(({ redactedBody, ...row }) => ({ ...row, textBody: query.revealLinks ? row.textBody : (redactedBody ?? row.textBody) }));
}
