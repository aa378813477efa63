import "server-only";
import { publicContentSettled } from "@/lib/public-content";
import type pg from "pg";
import { db, type DbTx } from "@/lib/db";
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

/** What a write returns to `auditedWrite`: its result and the audit row(s) that describe it. */
export interface Audited<T> {
  result: T;
  audit: AuditInput | AuditInput[];
}

const row = (input: AuditInput) => ({
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
});

/** The log line of audit rows, written once their transaction has committed. */
export const logAudited = (inputs: AuditInput[]) => {
  for (const i of inputs) logger.info({ audit: i.action, outcome: i.outcome, actor: i.actor?.id, target: i.target }, "audit");
};

/**
 * The way every change is written: `work` makes the change inside one transaction and
 * returns its audit row(s), which are inserted in the same transaction. Either both
 * commit or neither does, so a failed audit insert never leaves an unaudited change
 * behind (and a retry cannot duplicate it).
 */
export async function auditedWrite<T>(work: (tx: DbTx) => Promise<Audited<T>>): Promise<T> {
  const { result, inputs } = await db().$transaction(async (tx) => {
    const done = await work(tx);
    const inputs = [done.audit].flat();
    await tx.auditEvent.createMany({ data: inputs.map(row) });
    return { result: done.result, inputs };
  });
  logAudited(inputs);
  await publicContentSettled();
  return result;
}

/**
 * The same for writes on a raw pg transaction (the activities' COPY writer): insert on that
 * connection; the caller logs with `logAudited` after its commit.
 */
export async function recordAuditOn(conn: pg.ClientBase, inputs: AuditInput[]): Promise<void> {
  for (const i of inputs) {
    const r = row(i);
    await conn.query(
      `INSERT INTO audit_event (actor_id, actor_email, actor_roles, action, target_type, target_id, outcome, ip, request_id, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7::"AuditOutcome", $8, $9, $10)`,
      [r.actorId, r.actorEmail, r.actorRoles, r.action, r.targetType, r.targetId, r.outcome, r.ip, r.requestId, r.detail === undefined ? null : JSON.stringify(r.detail)],
    );
  }
}

/**
 * An event that changes nothing else (a refused sign-in, a rate-limited attempt, a sign-out):
 * it is its own transaction.
 */
export async function recordEvent(input: AuditInput): Promise<void> {
  await db().auditEvent.create({ data: row(input) });
  logAudited([input]);
}
