import type { ContentStatus } from "./constants";

/**
 * The one state machine of content records (docs/CONTENT.md, "Workflow"). A record is a
 * draft (readers never see it) or published (readers see its published revision while the
 * working copy may move ahead). Publishing copies the latest revision to the readers;
 * scheduling names the revision and the time the publisher will do it at; unpublishing
 * takes the record away from the readers and keeps every revision.
 */
export type ContentStep = "publish" | "unpublish" | "schedule" | "cancel_schedule";

interface Facts {
  status: ContentStatus;
  scheduled: boolean;
}

/** The status after `step`, or null when the step does not exist from here. */
export function contentStepResult(step: ContentStep, from: Facts): ContentStatus | null {
  switch (step) {
    case "publish":
      // Publishing again is how a published record's newer working copy reaches readers.
      return "published";
    case "unpublish":
      return from.status === "published" ? "draft" : null;
    case "schedule":
      return from.status;
    case "cancel_schedule":
      return from.scheduled ? from.status : null;
  }
}

/** The steps the editor offers from here (a published record whose working copy is its live one has nothing to republish). */
export function contentStepsFrom(from: Facts & { pendingChanges: boolean }): ContentStep[] {
  const steps: ContentStep[] = [];
  if (from.status === "draft" || from.pendingChanges) steps.push("publish", "schedule");
  if (from.status === "published") steps.push("unpublish");
  if (from.scheduled) steps.push("cancel_schedule");
  return steps;
}
