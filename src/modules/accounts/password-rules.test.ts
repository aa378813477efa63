import { describe, expect, it } from "vitest";
import { passwordProblems } from "./password-rules";

describe("passwordProblems", () => {
  it("accepts a long uncommon passphrase", () => {
    expect(passwordProblems("cedar-lantern-Nairobi-47")).toEqual([]);
  });
  it("refuses short passwords", () => {
    expect(passwordProblems("Sh0rt!pw")).toContain("too_short");
  });
  it("refuses passwords from the common list, even with digits appended", () => {
    expect(passwordProblems("passwordpassword")).toContain("common");
    expect(passwordProblems("1234567890123")).toContain("common");
    expect(passwordProblems("qwertyuiop1234")).toContain("common");
    expect(passwordProblems("password123456!")).toContain("common");
    expect(passwordProblems("baseball12345678")).toContain("common");
  });
  it("refuses a password built on the email address", () => {
    expect(passwordProblems("amina.diallo-2026!", { email: "amina.diallo@ipo.sn" })).toContain("contains_email");
  });
  it("counts characters, not bytes", () => {
    expect(passwordProblems("知识产权南南合作十二个字符")).not.toContain("too_short");
  });
});
