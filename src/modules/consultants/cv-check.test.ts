import { describe, expect, it } from "vitest";
import { CV_MAX_BYTES } from "./constants";
import { cvFilename, cvProblem } from "./cv-check";

const bytes = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

describe("cvProblem", () => {
  it("accepts a PDF by its magic and trailer", () => {
    expect(cvProblem(bytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"))).toBeNull();
    expect(cvProblem(bytes("%PDF-2.0\n%%EOF\r\n\0\0"))).toBeNull();
  });
  it("refuses what only claims to be a PDF", () => {
    expect(cvProblem(bytes("<html>%PDF-1.4 %%EOF</html>"))).toBe("not_pdf");
    expect(cvProblem(bytes("%PDF-1.4\nno trailer here\n"))).toBe("not_pdf");
    expect(cvProblem(bytes("%PDF-x\n%%EOF"))).toBe("not_pdf");
    expect(cvProblem(bytes("PK\u0003\u0004 docx"))).toBe("not_pdf");
    // A trailer far from the end (a PDF with something appended) is not where readers look.
    expect(cvProblem(bytes(`%PDF-1.4\n%%EOF\n${"x".repeat(2000)}`))).toBe("not_pdf");
  });
  it("refuses empty and oversized files", () => {
    expect(cvProblem(new Uint8Array(0))).toBe("required");
    const big = new Uint8Array(CV_MAX_BYTES + 1);
    big.set(bytes("%PDF-1.4\n"));
    big.set(bytes("%%EOF"), big.length - 6);
    expect(cvProblem(big)).toBe("too_large");
    const limit = big.subarray(0, CV_MAX_BYTES);
    limit.set(bytes("%%EOF\n"), limit.length - 6);
    expect(cvProblem(limit)).toBeNull();
  });
});

describe("cvFilename", () => {
  it("keeps a safe ASCII stem", () => {
    expect(cvFilename("Amina Diallo CV.PDF", "cv")).toBe("Amina-Diallo-CV.pdf");
    expect(cvFilename("سيرة.pdf", "cv-1")).toBe("cv-1.pdf");
    expect(cvFilename('a"b\r\n.pdf', "cv")).toBe("a-b.pdf");
  });
});
