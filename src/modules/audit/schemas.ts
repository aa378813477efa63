import { z } from "zod";
import { line } from "@/lib/validation/text";

export const AUDIT_OUTCOMES = ["success", "failure", "denied"] as const;

export const auditQuerySchema = z.object({
  action: line({ max: 100 }).optional().meta({ description: "Exact action, e.g. auth.sign_in" }),
  actor: line({ max: 254 }).optional().meta({ description: "Actor's email (exact, case-insensitive)" }),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  from: z.iso.date().optional().meta({ description: "First day (UTC), YYYY-MM-DD" }),
  to: z.iso.date().optional().meta({ description: "Last day (UTC), YYYY-MM-DD" }),
  before: z.coerce.number().int().positive().optional().meta({ description: "Cursor: events older than this id" }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

export const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorEmail: z.string().nullable(),
    actorRoles: z.array(z.string()),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    outcome: z.enum(AUDIT_OUTCOMES),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    detail: z.unknown().nullable(),
  })
  .meta({ id: "AuditEvent" });
export type AuditEventView = z.output<typeof auditEventSchema>;

export const auditListSchema = z
  .object({ items: z.array(auditEventSchema), nextBefore: z.string().nullable() })
  .meta({ id: "AuditEventList" });
