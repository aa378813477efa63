import { describe, expect, it } from "vitest";
import { CONSULTANT_STATUSES, type ConsultantStatus } from "./constants";
import { isPublic, nextStatus, TRANSITIONS, transitionsFrom, type ConsultantTransition } from "./state-machine";

describe("consultant state machine", () => {
  it("follows the review path", () => {
    expect(nextStatus("draft", "submit")).toBe("submitted");
    expect(nextStatus("submitted", "approve")).toBe("approved");
    expect(nextStatus("submitted", "return")).toBe("returned");
    expect(nextStatus("returned", "submit")).toBe("submitted");
    expect(nextStatus("submitted", "reject")).toBe("rejected");
    expect(nextStatus("approved", "resubmit")).toBe("submitted");
  });

  it("refuses transitions that skip review", () => {
    expect(nextStatus("draft", "approve")).toBeNull();
    expect(nextStatus("returned", "approve")).toBeNull();
    expect(nextStatus("rejected", "approve")).toBeNull();
    expect(nextStatus("approved", "approve")).toBeNull();
    expect(nextStatus("withdrawn", "submit")).toBeNull();
    expect(nextStatus("rejected", "withdraw")).toBeNull();
  });

  it("lets withdrawn and rejected applicants start again only from a draft", () => {
    expect(nextStatus("withdrawn", "reopen")).toBe("draft");
    expect(nextStatus("rejected", "reopen")).toBe("draft");
    expect(nextStatus("approved", "reopen")).toBeNull();
  });

  it("lists what each status allows, consistently with nextStatus", () => {
    for (const status of CONSULTANT_STATUSES) {
      for (const t of Object.keys(TRANSITIONS) as ConsultantTransition[]) {
        expect(transitionsFrom(status).includes(t), `${status} ${t}`).toBe(nextStatus(status, t) !== null);
      }
    }
    expect(transitionsFrom("submitted").sort()).toEqual(["approve", "reject", "return", "withdraw"]);
    expect(transitionsFrom("rejected")).toEqual(["reopen"]);
  });

  it("reaches every status from a draft", () => {
    const seen = new Set<ConsultantStatus>(["draft"]);
    const queue: ConsultantStatus[] = ["draft"];
    while (queue.length) {
      const s = queue.shift()!;
      for (const t of transitionsFrom(s)) {
        const n = nextStatus(s, t)!;
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    expect([...seen].sort()).toEqual([...CONSULTANT_STATUSES].sort());
  });

  it("makes only approved profiles public", () => {
    expect(CONSULTANT_STATUSES.filter(isPublic)).toEqual(["approved"]);
  });
});
