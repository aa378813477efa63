import type { ResponseStatus } from "./constants";

/**
 * The one state machine of a country's response. The country's focal points edit a draft (or
 * a returned response) and submit it; the secretariat returns it with comments (it reopens for
 * the focal points) or accepts it. An accepted response is final: its initiatives can become
 * stories.
 *
 *   draft ─submit─▶ submitted ─accept─▶ accepted
 *                     │   ▲
 *              return ▼   │ submit
 *                   returned
 */
export type Actor = "focal_point" | "secretariat";

export const TRANSITIONS = {
  submit: { from: ["draft", "returned"], to: "submitted", by: ["focal_point"] },
  return: { from: ["submitted"], to: "returned", by: ["secretariat"] },
  accept: { from: ["submitted"], to: "accepted", by: ["secretariat"] },
} as const satisfies Record<string, { from: readonly ResponseStatus[]; to: ResponseStatus; by: readonly Actor[] }>;

export type ResponseTransition = keyof typeof TRANSITIONS;
type Rule = { from: readonly ResponseStatus[]; to: ResponseStatus; by: readonly Actor[] };
const rule = (t: ResponseTransition): Rule => TRANSITIONS[t];

/** The transition that leads from `from` to `to`, or null when none does. */
export function transitionTo(from: ResponseStatus, to: ResponseStatus): ResponseTransition | null {
  return (Object.keys(TRANSITIONS) as ResponseTransition[]).find((t) => rule(t).to === to && rule(t).from.includes(from)) ?? null;
}

export function canTake(transition: ResponseTransition, actors: readonly Actor[]): boolean {
  return rule(transition).by.some((a) => actors.includes(a));
}

/** The transitions `actors` may take from a status (the buttons a page shows). */
export function transitionsFor(from: ResponseStatus, actors: readonly Actor[]): ResponseTransition[] {
  return (Object.keys(TRANSITIONS) as ResponseTransition[]).filter((t) => rule(t).from.includes(from) && canTake(t, actors));
}

/** Whether the focal points may change the answers (a submitted or accepted response is frozen). */
export function isEditable(status: ResponseStatus | "not_started"): boolean {
  return status === "not_started" || status === "draft" || status === "returned";
}
