import "server-only";
export { enqueueEmail, listOutbox, type EmailRequest } from "./outbox";
export { deliverDueEmails, retryDelaySeconds, smtpTransport, MAX_ATTEMPTS } from "./deliver";
export { startMailWorker } from "./worker";
export { renderEmail, EMAIL_TEMPLATES, type EmailTemplate } from "./render-email";
