import "server-only";
export { recordAudit, type AuditActor, type AuditInput } from "./record-audit";
export { listAudit, auditEventsOf } from "./list-audit";
