import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemParts, itemText, joinCell, listItems } from "./list-cells";

describe("list cells of the import template", () => {
  it("read plain cells as before", () => {
    expect(listItems("a; b ;;c")).toEqual(["a", "b", "c"]);
    expect(listItems("Ana Pérez|PE;Li Wei|CN").map(itemParts)).toEqual([["Ana Pérez", "PE"], ["Li Wei", "CN"]]);
  });

  it("keep ; | and \\ that belong to the text", () => {
    const cell = joinCell([["Ministry of Trade; Industry"], ["A | B", "KE"], ["C:\\path", "https://x.example/?a=1;b=2"]]);
    expect(listItems(cell).map(itemParts)).toEqual([["Ministry of Trade; Industry"], ["A | B", "KE"], ["C:\\path", "https://x.example/?a=1;b=2"]]);
  });

  it("keep a plain item's text, whatever it holds", () => {
    expect(listItems(joinCell([["Trade; Industry | Mines \\ Energy"], ["B"]])).map(itemText)).toEqual(["Trade; Industry | Mines \\ Energy", "B"]);
  });

  it("round-trip any text", () => {
    const part = fc.string({ unit: fc.constantFrom("a", " b", ";", "|", "\\", "é", "ع", ":") }).map((s) => s.trim()).filter((s) => s.length > 0);
    fc.assert(
      fc.property(fc.array(fc.array(part, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (items) => {
        expect(listItems(joinCell(items)).map(itemParts)).toEqual(items);
      }),
    );
  });
});
