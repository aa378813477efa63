import { describe, expect, it } from "vitest";
import { line, searchQuery, text } from "./text";

describe("shared text schemas", () => {
  it("refuse NUL and other control characters in a line, naming the code", () => {
    for (const bad of ["Ana\u0000", "a\u0007b", "tab\there", "new\nline", "\u007F"]) {
      const r = line({ max: 50 }).safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("control_characters");
    }
  });

  it("allow tabs and line breaks in multi-line text, never NUL", () => {
    expect(text({ max: 50 }).parse(" a\n\tb\r\n ")).toBe("a\n\tb");
    expect(text({ max: 50 }).safeParse("a\u0000b").error?.issues[0]?.message).toBe("control_characters");
  });

  it("trim, then check length with stable codes", () => {
    expect(line({ max: 3 }).parse("  abc  ")).toBe("abc");
    expect(line({ max: 3 }).safeParse("abcd").error?.issues[0]?.message).toBe("too_long");
    expect(line({ max: 3, min: 1 }).safeParse("   ").error?.issues[0]?.message).toBe("required");
    expect(line({ max: 3 }).safeParse(undefined).error?.issues[0]?.message).toBe("required");
  });

  it("keep every script intact", () => {
    for (const ok of ["مكتب الملكية الفكرية", "知识产权", "Propriété", "Интеллектуальная"]) expect(line({ max: 100 }).parse(ok)).toBe(ok);
  });

  it("turn controls in a search query into spaces instead of refusing it", () => {
    expect(searchQuery({ max: 20 }).parse("gi\u0000 registry\n")).toBe("gi  registry");
  });
});
