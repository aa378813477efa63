import "server-only";
export { enqueueEmail, listOutbox, type EmailRequest, type OutboxQuery } from "./outbox";
export { deliverDueEmails, messageIdFor, retryDelaySeconds, smtpTransport, MAX_ATTEMPTS } from "./deliver";
export { claimDueEmails, releaseClaims, type ClaimedEmail } from "./claim-due";
export { LEASE_SECONDS } from "./delivery-policy";
export { startMailWorker } from "./worker";
export { renderEmail, EMAIL_TEMPLATES, SECRET_VARS, type EmailTemplate } from "./render-email";
