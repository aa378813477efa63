import "server-only";
import { db } from "@/lib/db";
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
export async function enqueueEmail(request: EmailRequest): Promise<string> {
  const { subject, text } = await renderEmail(request.locale, request.template, request.vars);
  const row = await db().outboxEmail.create({
    data: { to: request.to, locale: request.locale, template: request.template, subject, textBody: text },
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
}

export async function listOutbox(query: OutboxQuery = {}) {
  return db().outboxEmail.findMany({
    where: {
      ...(query.to ? { to: { contains: query.to, mode: "insensitive" as const } } : {}),
      ...(query.status ? { status: query.status } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: query.limit ?? 100,
  });
}
