import { describe, expect, it } from "vitest";
import { formatList, numberFormat, yearFormat } from "./format";

describe("formatting in the reader's language", () => {
  it("joins lists as each language does", () => {
    expect(formatList("en", ["Member", "Focal point"])).toBe("Member and Focal point");
    expect(formatList("ar", ["عضو", "جهة اتصال"])).not.toContain(",");
    expect(formatList("zh", ["成员", "联络点", "管理员"])).toContain("、");
  });
  it("writes numbers with the locale's separators, and years without grouping", () => {
    expect(numberFormat("fr").format(12345)).toMatch(/^12\s345$/u);
    expect(numberFormat("en").format(12345)).toBe("12,345");
    expect(yearFormat("en").format(2024)).toBe("2024");
  });
});
