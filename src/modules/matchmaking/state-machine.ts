import type { ListingStatus } from "./constants";

/**
 * The one state machine of a listing. `by` says who may take a transition: the listing's
 * owner (its filer, or for a country's need any focal point of that country), the secretariat,
 * or the system (expiry). The policy table decides who counts as the secretariat; the workflow
 * (server/transition-listing.ts) who counts as the owner.
 *
 *   draft ─submit─▶ submitted ─publish─▶ published ─discuss─▶ in_discussion ─match─▶ matched ─close─▶ closed
 *     ▲              │     │                │  ▲                  │
 *     └── returned ◀─┘     └─reject─▶ rejected │  └──── renew ── expired ◀─expire─┘
 *   withdraw: by the owner from any open state
 */
export type Actor = "owner" | "secretariat" | "system";

export const TRANSITIONS = {
  submit: { from: ["draft", "returned"], to: "submitted", by: ["owner"] },
  publish: { from: ["submitted"], to: "published", by: ["secretariat"] },
  return: { from: ["submitted"], to: "returned", by: ["secretariat"] },
  reject: { from: ["submitted"], to: "rejected", by: ["secretariat"] },
  discuss: { from: ["published"], to: "in_discussion", by: ["owner", "secretariat"] },
  match: { from: ["published", "in_discussion"], to: "matched", by: ["secretariat"] },
  close: { from: ["published", "in_discussion", "matched"], to: "closed", by: ["owner", "secretariat"] },
  withdraw: { from: ["draft", "submitted", "returned", "published", "in_discussion", "matched"], to: "withdrawn", by: ["owner"] },
  expire: { from: ["published", "in_discussion"], to: "expired", by: ["system"] },
  /** An expired listing's owner renews it for another twelve months (it was moderated already). */
  renew: { from: ["expired"], to: "published", by: ["owner", "secretariat"] },
} as const satisfies Record<string, { from: readonly ListingStatus[]; to: ListingStatus; by: readonly Actor[] }>;

export type ListingTransition = keyof typeof TRANSITIONS;
type Rule = { from: readonly ListingStatus[]; to: ListingStatus; by: readonly Actor[] };

const rule = (t: ListingTransition): Rule => TRANSITIONS[t];

/** The transition that leads from `from` to `to`, or null when no transition does. */
export function transitionTo(from: ListingStatus, to: ListingStatus): ListingTransition | null {
  return (Object.keys(TRANSITIONS) as ListingTransition[]).find((t) => rule(t).to === to && rule(t).from.includes(from)) ?? null;
}

/** Whether one of `actors` may take `transition` from `from`. */
export function canTake(from: ListingStatus, transition: ListingTransition, actors: readonly Actor[]): boolean {
  const r = rule(transition);
  return r.from.includes(from) && r.by.some((a) => actors.includes(a));
}

/** Every transition `actors` may take from a status (the buttons a page shows). */
export function transitionsFor(from: ListingStatus, actors: readonly Actor[]): ListingTransition[] {
  return (Object.keys(TRANSITIONS) as ListingTransition[]).filter((t) => canTake(from, t, actors));
}

/** Whether a listing in this status is open to interest (and to suggestions). */
export function isOpen(status: ListingStatus): boolean {
  return status === "published" || status === "in_discussion";
}

/** Whether the owner may still edit the listing's text (not once it is over). */
export function isEditable(status: ListingStatus): boolean {
  return !["rejected", "closed", "withdrawn", "matched"].includes(status);
}
