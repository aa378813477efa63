import { describe, expect, it } from "vitest";
import { localHref, sectionByPath } from "./nav";

describe("sectionByPath", () => {
  it("knows every header section and sign-in", () => {
    expect(sectionByPath("activities")).toBe("activities");
    expect(sectionByPath("south-south")).toBe("southSouth");
  });
  it("returns null for anything else", () => {
    expect(sectionByPath("nope")).toBeNull();
    expect(sectionByPath("")).toBeNull();
  });
});

describe("localHref", () => {
  it("prefixes the locale and keeps the query", () => {
    expect(localHref("ar", "/activities?q=x")).toBe("/ar/activities?q=x");
    expect(localHref("fr", "/")).toBe("/fr");
  });
});
