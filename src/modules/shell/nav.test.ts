import { describe, expect, it } from "vitest";
import { localHref } from "./nav";

describe("localHref", () => {
  it("prefixes the locale and keeps the query", () => {
    expect(localHref("ar", "/activities?q=x")).toBe("/ar/activities?q=x");
    expect(localHref("fr", "/")).toBe("/fr");
  });
});
