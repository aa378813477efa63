import { describe, expect, it } from "vitest";
import { cvProblem } from "../cv-check";
import { demoCvPdf } from "./seed-demo-cvs";

describe("demoCvPdf", () => {
  it("is a PDF the roster's own check accepts, with cross-reference offsets that point at its objects", () => {
    const pdf = demoCvPdf("Nour El-Sayed (ليلى)");
    expect(cvProblem(pdf)).toBeNull();
    const text = pdf.toString("latin1");
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((o, i) => expect(text.slice(o).startsWith(`${i + 1} 0 obj`)).toBe(true));
    expect(text.slice(Number(/startxref\n(\d+)/.exec(text)![1])).startsWith("xref")).toBe(true);
    expect(text).toContain("(Curriculum vitae: Nour El-Sayed)");
  });
});
