import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvField } from "@/lib/csv-export";
import { csvHeader, csvLines, EXPORT_COLUMNS, type ExportRow } from "./export-format";

const row = (over: Partial<ExportRow>): ExportRow => ({ ...(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, null])) as ExportRow), ...over });

describe("csvField", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField('Seminar "GI", Addis\nAbaba')).toBe('"Seminar ""GI"", Addis\nAbaba"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField(null)).toBe("");
    expect(csvField(42)).toBe("42");
    expect(csvField(true)).toBe("true");
    expect(csvField(false)).toBe("false");
  });
  it("defuses spreadsheet formulas", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("-1+2")).toBe("'-1+2");
    expect(csvField("+33 1 23")).toBe("'+33 1 23");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("\rcmd")).toBe("\"'\rcmd\"");
    // A number is data, not a formula.
    expect(csvField(-1)).toBe("-1");
  });
  it("keeps Arabic and Chinese as they are", () => {
    expect(csvField("ندوة وطنية")).toBe("ندوة وطنية");
    expect(csvField("关于地理标志的国家研讨会")).toBe("关于地理标志的国家研讨会");
  });
});

describe("the export file", () => {
  it("starts with the BOM and the header, ends every line with CRLF", () => {
    expect(csvHeader()).toBe(`\ufeff${EXPORT_COLUMNS.join(",")}\r\n`);
    const text = csvLines([row({ id: "a", title: "x, y", online: false }), row({ id: "b", total_participants: 3 })]);
    expect(text).toBe(`a,,"x, y",,,,,,,false,,,,,,,\r\nb,,,,,,,,,,,3,,,,,\r\n`);
  });
  it("reads back as the rows it was written from (RFC 4180), formulas defused", () => {
    const rows = [
      row({ id: "1", title: 'Séminaire "IG", Dakar\r\nsuite', title_language: "fr", online: true, total_participants: 12 }),
      row({ id: "2", title: "ندوة وطنية بشأن المؤشرات الجغرافية", funding_donor: "=cmd|' /C calc'!A0", languages: "ar;en" }),
      row({ id: "3", title: "关于地理标志的国家研讨会", external_ref: "back\\slash\ttab" }),
    ];
    const text = csvHeader() + csvLines(rows);
    const back = parse(text, { bom: true, columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
    expect(back.map((r) => r.title)).toEqual([rows[0]!.title, rows[1]!.title, rows[2]!.title]);
    expect(back[1]!.funding_donor).toBe("'=cmd|' /C calc'!A0");
    expect(back[2]!.external_ref).toBe("back\\slash\ttab");
    expect(back[0]!.online).toBe("true");
    expect(back[0]!.total_participants).toBe("12");
    expect(Object.keys(back[0]!)).toEqual([...EXPORT_COLUMNS]);
  });
});
