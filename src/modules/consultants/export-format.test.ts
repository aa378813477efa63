import { describe, expect, it } from "vitest";
import { csvHeader, csvLines, EXPORT_COLUMNS, type ExportRow } from "./export-format";

const row = (over: Partial<ExportRow>): ExportRow => ({ ...(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, null])) as ExportRow), ...over });

describe("consultants CSV export", () => {
  it("starts with a BOM and the header", () => {
    expect(csvHeader()).toBe(`\uFEFF${EXPORT_COLUMNS.join(",")}\r\n`);
  });

  it("quotes, defuses formulas and keeps Arabic text", () => {
    const line = csvLines([row({ id: "x", full_name: "=HYPERLINK(1)", organisation: "مكتب, القاهرة", travel: true, assignments: -1 })]);
    expect(line).toContain(`,'=HYPERLINK(1),`);
    expect(line).toContain(`"مكتب, القاهرة"`);
    expect(line).toContain(",true,");
    expect(line).toContain(",-1,");
    expect(line.endsWith("\r\n")).toBe(true);
  });

  it("keeps a line break inside its field", () => {
    const line = csvLines([row({ id: "y", position: "Head\nof division" })]);
    expect(line.split("\r\n").filter(Boolean)).toHaveLength(1);
  });
});
