import { describe, expect, it } from "vitest";
import { csvField } from "./export-format";

describe("csvField", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField('Seminar "GI", Addis\nAbaba')).toBe('"Seminar ""GI"", Addis\nAbaba"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField(null)).toBe("");
    expect(csvField(42)).toBe("42");
  });
  it("defuses spreadsheet formulas", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("-1+2")).toBe("'-1+2");
  });
  it("keeps Arabic and Chinese as they are", () => {
    expect(csvField("ندوة وطنية")).toBe("ندوة وطنية");
    expect(csvField("关于地理标志的国家研讨会")).toBe("关于地理标志的国家研讨会");
  });
});
