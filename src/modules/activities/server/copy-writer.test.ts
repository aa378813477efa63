import { describe, expect, it } from "vitest";
import { arrayLiteral, copyCsv } from "./copy-writer";

describe("COPY CSV", () => {
  it("quotes every string, leaves NULL unquoted and empty, writes booleans as t/f", () => {
    expect(copyCsv([["a", "", null, 3, true, false]])).toBe('"a","",,3,t,f\n');
  });
  it("doubles quotes and keeps backslashes, tabs and line breaks inside the quotes", () => {
    expect(copyCsv([['say "hi"\\N', "tab\tnew\nline\rcr"]])).toBe('"say ""hi""\\N","tab\tnew\nline\rcr"\n');
  });
});

describe("arrayLiteral", () => {
  it("quotes each element and escapes its backslashes and quotes", () => {
    expect(arrayLiteral([])).toBe("{}");
    expect(arrayLiteral(["patents", 'a "b", {c}', "back\\slash", "NULL"])).toBe('{"patents","a \\"b\\", {c}","back\\\\slash","NULL"}');
  });
});
