import type { ConsultantStatus } from "./constants";

/**
 * The one state machine of a roster profile. Who may take a transition (the applicant, a
 * nominating focal point, the secretariat) is the policy table's business; which transitions
 * exist at all is this table's.
 *
 *   draft ──submit──▶ submitted ──approve──▶ approved
 *     ▲                 │  │                   │
 *     └──── revise ── returned ◀──return──┘    │ (edits to expertise or nationality)
 *                       │     reject ▼         ▼
 *                       │       rejected     submitted
 *   withdraw: from draft, submitted, returned and approved
 */
export const TRANSITIONS = {
  submit: { from: ["draft", "returned"], to: "submitted" },
  approve: { from: ["submitted"], to: "approved" },
  return: { from: ["submitted"], to: "returned" },
  reject: { from: ["submitted"], to: "rejected" },
  /** An approved consultant changed expertise or nationality: back to review. */
  resubmit: { from: ["approved"], to: "submitted" },
  withdraw: { from: ["draft", "submitted", "returned", "approved"], to: "withdrawn" },
  /** A withdrawn or rejected applicant starts again from a draft. */
  reopen: { from: ["withdrawn", "rejected"], to: "draft" },
} as const satisfies Record<string, { from: readonly ConsultantStatus[]; to: ConsultantStatus }>;

export type ConsultantTransition = keyof typeof TRANSITIONS;

/** The status after `transition`, or null when it cannot be taken from `from`. */
export function nextStatus(from: ConsultantStatus, transition: ConsultantTransition): ConsultantStatus | null {
  const rule: { from: readonly ConsultantStatus[]; to: ConsultantStatus } = TRANSITIONS[transition];
  return rule.from.includes(from) ? rule.to : null;
}

/** Every transition that can be taken from a status (for the buttons a page shows). */
export function transitionsFrom(from: ConsultantStatus): ConsultantTransition[] {
  return (Object.keys(TRANSITIONS) as ConsultantTransition[]).filter((t) => nextStatus(from, t) !== null);
}

/** Only approved profiles are public and searchable. */
export function isPublic(status: ConsultantStatus): boolean {
  return status === "approved";
}
