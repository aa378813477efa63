import type { StoryStatus } from "./constants";

/**
 * The one state machine of a story; every step is the secretariat's (policy `stories.manage`).
 *
 *   draft ─submit─▶ in_review ─publish─▶ published ─archive─▶ archived
 *     ▲                │                     ▲                   │
 *     └──── return ────┘                     └──── republish ────┘
 *
 * There is no way back from published to draft: unpublishing is archiving, and an archived
 * story is republished as it was (its first publication date kept).
 */
export const STORY_TRANSITIONS = {
  submit: { from: ["draft"], to: "in_review" },
  return: { from: ["in_review"], to: "draft" },
  publish: { from: ["in_review"], to: "published" },
  archive: { from: ["published"], to: "archived" },
  republish: { from: ["archived"], to: "published" },
} as const satisfies Record<string, { from: readonly StoryStatus[]; to: StoryStatus }>;

export type StoryTransition = keyof typeof STORY_TRANSITIONS;
const NAMES = Object.keys(STORY_TRANSITIONS) as StoryTransition[];
const from = (t: StoryTransition): readonly StoryStatus[] => STORY_TRANSITIONS[t].from;

/** The transition that leads from `status` to `to`, or null when none does. */
export function storyTransitionTo(status: StoryStatus, to: StoryStatus): StoryTransition | null {
  return NAMES.find((t) => STORY_TRANSITIONS[t].to === to && from(t).includes(status)) ?? null;
}

/** The statuses a story may move to from `status` (the buttons a page shows). */
export function nextStatuses(status: StoryStatus): StoryStatus[] {
  return NAMES.filter((t) => from(t).includes(status)).map((t) => STORY_TRANSITIONS[t].to);
}

/** Whether the story's text may still be edited: not while archived (republish it first). */
export function isStoryEditable(status: StoryStatus): boolean {
  return status !== "archived";
}
