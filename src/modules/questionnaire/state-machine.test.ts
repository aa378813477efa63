import { describe, expect, it } from "vitest";
import { canTake, isEditable, transitionTo, transitionsFor } from "./state-machine";

describe("the response state machine", () => {
  it("leads from draft and returned to submitted, and from submitted to returned or accepted", () => {
    expect(transitionTo("draft", "submitted")).toBe("submit");
    expect(transitionTo("returned", "submitted")).toBe("submit");
    expect(transitionTo("submitted", "returned")).toBe("return");
    expect(transitionTo("submitted", "accepted")).toBe("accept");
  });
  it("has no way back from accepted, and none from draft straight to accepted", () => {
    expect(transitionTo("accepted", "submitted")).toBeNull();
    expect(transitionTo("accepted", "returned")).toBeNull();
    expect(transitionTo("draft", "accepted")).toBeNull();
    expect(transitionTo("draft", "returned")).toBeNull();
  });
  it("lets focal points submit and only the secretariat return or accept", () => {
    expect(canTake("submit", ["focal_point"])).toBe(true);
    expect(canTake("accept", ["focal_point"])).toBe(false);
    expect(canTake("return", ["secretariat"])).toBe(true);
    expect(canTake("submit", ["secretariat"])).toBe(false);
    expect(transitionsFor("submitted", ["secretariat"])).toEqual(["return", "accept"]);
    expect(transitionsFor("submitted", ["focal_point"])).toEqual([]);
  });
  it("freezes the answers once submitted", () => {
    expect(isEditable("not_started")).toBe(true);
    expect(isEditable("returned")).toBe(true);
    expect(isEditable("submitted")).toBe(false);
    expect(isEditable("accepted")).toBe(false);
  });
});
