import { describe, expect, it } from "vitest";
import { LISTING_STATUSES } from "./constants";
import { canTake, isOpen, TRANSITIONS, transitionsFor, transitionTo } from "./state-machine";

describe("listing state machine", () => {
  it("finds the transition between two states, and none where there is none", () => {
    expect(transitionTo("draft", "submitted")).toBe("submit");
    expect(transitionTo("returned", "submitted")).toBe("submit");
    expect(transitionTo("submitted", "published")).toBe("publish");
    expect(transitionTo("expired", "published")).toBe("renew");
    expect(transitionTo("draft", "published")).toBeNull();
    expect(transitionTo("closed", "published")).toBeNull();
    expect(transitionTo("withdrawn", "draft")).toBeNull();
  });

  it("lets only the secretariat moderate and only the owner submit or withdraw", () => {
    expect(canTake("submitted", "publish", ["owner"])).toBe(false);
    expect(canTake("submitted", "publish", ["secretariat"])).toBe(true);
    expect(canTake("draft", "submit", ["secretariat"])).toBe(false);
    expect(canTake("published", "withdraw", ["secretariat"])).toBe(false);
    expect(canTake("published", "withdraw", ["owner"])).toBe(true);
    expect(canTake("published", "expire", ["owner", "secretariat"])).toBe(false);
    expect(canTake("published", "expire", ["system"])).toBe(true);
  });

  it("ends in closed, withdrawn and rejected: nothing leaves them", () => {
    for (const end of ["closed", "withdrawn", "rejected"] as const) {
      expect(transitionsFor(end, ["owner", "secretariat", "system"])).toEqual([]);
    }
  });

  it("reaches every status from draft", () => {
    const seen = new Set<string>(["draft"]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const r of Object.values(TRANSITIONS)) {
        if (r.from.some((f) => seen.has(f)) && !seen.has(r.to)) {
          seen.add(r.to);
          grew = true;
        }
      }
    }
    expect([...seen].sort()).toEqual([...LISTING_STATUSES].sort());
  });

  it("is open to interest only while published or in discussion", () => {
    expect(LISTING_STATUSES.filter(isOpen)).toEqual(["published", "in_discussion"]);
  });
});
