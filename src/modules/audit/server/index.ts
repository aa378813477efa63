import "server-only";
export { auditedWrite, logAudited, recordAuditOn, recordEvent, type Audited, type AuditActor, type AuditInput } from "./record-audit";
export { listAudit, auditEventsOf } from "./list-audit";
