import { describe, expect, it } from "vitest";
import { toSearchParams } from "./query";

describe("toSearchParams", () => {
  it("keeps repeated values, drops empty ones and lng", () => {
    expect(toSearchParams({ status: ["ldc", "developing"], q: "", lng: "fr", sort: "confirmed" }).toString()).toBe("status=ldc&status=developing&sort=confirmed");
  });
});
