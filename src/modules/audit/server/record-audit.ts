import "server-only";
import { db } from "@/lib/db";
import type { RequestMeta } from "@/lib/request-meta";
import { logger } from "@/lib/logger";

export interface AuditActor {
  id: string;
  email: string;
  roles: readonly string[];
}

export interface AuditInput {
  actor: AuditActor | null;
  action: string;
  outcome: "success" | "failure" | "denied";
  target?: { type: string; id: string };
  meta?: Partial<RequestMeta>;
  detail?: Record<string, unknown>;
}

/** Appends one event to the audit trail (the table refuses updates and deletes). */
export async function recordAudit(input: AuditInput): Promise<void> {
  await db().auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      actorRoles: [...(input.actor?.roles ?? [])],
      action: input.action,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      outcome: input.outcome,
      ip: input.meta?.ip ?? null,
      requestId: input.meta?.requestId ?? null,
      detail: (input.detail ?? undefined) as object | undefined,
    },
  });
  logger.info({ audit: input.action, outcome: input.outcome, actor: input.actor?.id, target: input.target }, "audit");
}
