import "server-only";
import { conflict, notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { grantRoleIn } from "@/modules/accounts/server";
import { auditedWrite, type AuditActor, type AuditInput } from "@/modules/audit/server";
import type { EmailTemplate } from "@/modules/mail/server";
import type { ConsultantStatus } from "../constants";
import type { ReviewDecision } from "../schemas";
import { nextStatus } from "../state-machine";
import { profileById } from "./profile-row";
import { emailRecipient, recipientOf } from "./workflow-email";

const EMAIL_OF: Record<ReviewDecision["decision"], EmailTemplate> = {
  approve: "consultantApproved",
  return: "consultantReturned",
  reject: "consultantRejected",
};

/**
 * The secretariat's decision on a submitted profile, based on the version the reviewer read
 * (a profile edited or decided meanwhile is a 409 and nothing is written). Approval publishes
 * the profile (its confirmation date becomes today) and gives the applicant's account the
 * `consultant` role; a return or rejection keeps the comment. The change, its audit rows and
 * the applicant's email (in their language) commit together.
 */
export function decideReview(actor: AuditActor, decision: ReviewDecision, meta: RequestMeta): Promise<{ status: ConsultantStatus; version: number }> {
  return auditedWrite(async (tx) => {
    const p = await profileById(tx, decision.id, { lock: true });
    if (!p) throw notFound("No such profile (it may have been deleted meanwhile)");
    if (p.version !== decision.version) throw conflict(`The profile changed after you opened it (version ${p.version}, yours ${decision.version}); nothing was written`, { version: p.version });
    const to = nextStatus(p.status, decision.decision);
    if (!to) throw conflict(`This profile is ${p.status}, not in review; nothing was written`, { version: p.version });
    const comment = decision.decision === "approve" ? null : decision.comment.trim();
    const [row] = await tx.$queryRaw<{ version: number }[]>`
      UPDATE consultant SET status = ${to}::"ConsultantStatus", review_comment = ${comment},
        last_confirmed_at = CASE WHEN ${to === "approved"}::boolean THEN now() ELSE last_confirmed_at END,
        reminded_at = CASE WHEN ${to === "approved"}::boolean THEN NULL ELSE reminded_at END,
        version = version + 1, updated_at = now()
      WHERE id = ${p.id}::uuid RETURNING version`;
    const audit: AuditInput[] = [
      { actor, action: `consultant.${decision.decision}`, outcome: "success", target: { type: "consultant", id: p.id }, meta, detail: { from: p.status, to, ...(comment ? { comment } : {}) } },
    ];
    if (to === "approved" && p.user_id) {
      const granted = await grantRoleIn(tx, actor, p.user_id, "consultant", meta);
      if (granted) audit.push(granted);
    }
    await emailRecipient(tx, await recipientOf(tx, p), EMAIL_OF[decision.decision], { comment: comment ?? "" });
    return { result: { status: to, version: row!.version }, audit };
  });
}
