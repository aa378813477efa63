import "server-only";
import { db } from "@/lib/db";
import type { AuditEventView, AuditQuery } from "../schemas";

type Where = NonNullable<Parameters<ReturnType<typeof db>["auditEvent"]["findMany"]>[0]>["where"];
type Row = Awaited<ReturnType<ReturnType<typeof db>["auditEvent"]["findMany"]>>[number];

function toView(r: Row): AuditEventView {
  return {
    id: r.id.toString(),
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorEmail: r.actorEmail,
    actorRoles: r.actorRoles,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    outcome: r.outcome,
    ip: r.ip,
    requestId: r.requestId,
    detail: r.detail ?? null,
  };
}

/** Newest first, keyset-paginated by id. */
export async function listAudit(query: AuditQuery): Promise<{ items: AuditEventView[]; nextBefore: string | null }> {
  const where: Where = {};
  if (query.action) where.action = query.action;
  if (query.actor) where.actorEmail = { equals: query.actor, mode: "insensitive" };
  if (query.outcome) where.outcome = query.outcome;
  if (query.from || query.to) {
    where.at = {
      ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
      ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    };
  }
  if (query.before) where.id = { lt: BigInt(query.before) };
  const rows = await db().auditEvent.findMany({ where, orderBy: { id: "desc" }, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  return { items: page.map(toView), nextBefore: rows.length > query.limit ? page.at(-1)!.id.toString() : null };
}

/** Every event a user did, for their data export. */
export async function auditEventsOf(actorId: string): Promise<AuditEventView[]> {
  return (await db().auditEvent.findMany({ where: { actorId }, orderBy: { id: "asc" } })).map(toView);
}
