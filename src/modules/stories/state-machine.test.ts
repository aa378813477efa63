import { describe, expect, it } from "vitest";
import { STORY_STATUSES, type StoryStatus } from "./constants";
import { isStoryEditable, nextStatuses, storyTransitionTo } from "./state-machine";

describe("story state machine", () => {
  it("walks draft → in review → published → archived → published", () => {
    expect(storyTransitionTo("draft", "in_review")).toBe("submit");
    expect(storyTransitionTo("in_review", "published")).toBe("publish");
    expect(storyTransitionTo("published", "archived")).toBe("archive");
    expect(storyTransitionTo("archived", "published")).toBe("republish");
  });

  it("returns a story in review to draft", () => {
    expect(storyTransitionTo("in_review", "draft")).toBe("return");
  });

  it("has no other step: unpublishing is archiving, a draft is not published unreviewed", () => {
    const allowed = new Set(["draft>in_review", "in_review>draft", "in_review>published", "published>archived", "archived>published"]);
    for (const a of STORY_STATUSES) for (const b of STORY_STATUSES) {
      expect(storyTransitionTo(a, b) !== null, `${a} → ${b}`).toBe(allowed.has(`${a}>${b}`));
    }
  });

  it("lists the next statuses of each status", () => {
    const next: Record<StoryStatus, StoryStatus[]> = { draft: ["in_review"], in_review: ["draft", "published"], published: ["archived"], archived: ["published"] };
    for (const s of STORY_STATUSES) expect(nextStatuses(s).sort()).toEqual(next[s].sort());
  });

  it("keeps archived stories from being edited", () => {
    expect(STORY_STATUSES.filter((s) => !isStoryEditable(s))).toEqual(["archived"]);
  });
});
