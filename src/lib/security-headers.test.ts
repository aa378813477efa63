import { describe, expect, it } from "vitest";
import { isCrossOriginWrite, pageCsp } from "./security-headers";

const allowed = ["https://portal.example"];
const h = (init: Record<string, string>) => new Headers(init);

describe("isCrossOriginWrite", () => {
  it("lets reads through", () => {
    expect(isCrossOriginWrite("GET", h({ origin: "https://evil.example" }), allowed)).toBe(false);
  });
  it("refuses writes from another origin, by Origin or Referer", () => {
    expect(isCrossOriginWrite("POST", h({ origin: "https://evil.example" }), allowed)).toBe(true);
    expect(isCrossOriginWrite("PATCH", h({ referer: "https://evil.example/page" }), allowed)).toBe(true);
    expect(isCrossOriginWrite("DELETE", h({ origin: "null" }), allowed)).toBe(true);
  });
  it("accepts same-origin writes and clients that send neither header", () => {
    expect(isCrossOriginWrite("POST", h({ origin: "https://portal.example" }), allowed)).toBe(false);
    expect(isCrossOriginWrite("POST", h({ referer: "https://portal.example/en/sign-in" }), allowed)).toBe(false);
    expect(isCrossOriginWrite("POST", h({}), allowed)).toBe(false);
  });
});

describe("pageCsp", () => {
  it("allows no inline script without the nonce", () => {
    const csp = pageCsp("abc");
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
