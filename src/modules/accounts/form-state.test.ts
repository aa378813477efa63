import { describe, expect, it } from "vitest";
import { safeLocalPath } from "./form-state";

describe("safeLocalPath", () => {
  it("keeps local paths", () => expect(safeLocalPath("/ar/account?x=1", "/en")).toBe("/ar/account?x=1"));
  it("refuses other sites", () => {
    expect(safeLocalPath("//evil.example", "/en")).toBe("/en");
    expect(safeLocalPath("https://evil.example", "/en")).toBe("/en");
    expect(safeLocalPath("/\\evil.example", "/en")).toBe("/en");
    expect(safeLocalPath(undefined, "/en")).toBe("/en");
  });
});
