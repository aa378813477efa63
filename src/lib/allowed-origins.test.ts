import { describe, expect, it } from "vitest";
import { allowedOrigins, type OriginContext } from "./allowed-origins";
import { isCrossOriginWrite } from "./security-headers";

const local: OriginContext = {
  requestOrigin: "http://localhost:3000",
  configured: ["http://localhost:3000", undefined],
  demo: true,
  host: "127.0.0.1:3000",
};

/** The proxy's decision: refuse a POST with this Origin? */
const refused = (ctx: OriginContext, origin: string) => isCrossOriginWrite("POST", new Headers({ origin }), allowedOrigins(ctx));

describe("allowedOrigins", () => {
  it("in demo mode accepts a loopback alias of PUBLIC_URL when the page was opened under it", () => {
    expect(refused(local, "http://127.0.0.1:3000")).toBe(false);
    expect(refused({ ...local, host: "[::1]:3000" }, "http://[::1]:3000")).toBe(false);
    expect(refused({ ...local, host: "localhost:3000" }, "http://localhost:3000")).toBe(false);
  });

  it("still refuses other sites, other ports and other schemes in demo mode", () => {
    expect(refused(local, "https://evil.example")).toBe(true);
    expect(refused(local, "http://127.0.0.1:4000")).toBe(true);
    expect(refused(local, "https://127.0.0.1:3000")).toBe(true);
    expect(refused({ ...local, host: "127.0.0.1:4000" }, "http://127.0.0.1:4000")).toBe(true);
  });

  it("accepts an alias only for a request sent to that alias (Host), not as a way into another name", () => {
    // A page served by whatever listens on [::1]:3000 posting to http://localhost:3000.
    expect(refused({ ...local, host: "localhost:3000" }, "http://[::1]:3000")).toBe(true);
  });

  it("outside demo mode compares with the configured origins only", () => {
    expect(refused({ ...local, demo: false }, "http://127.0.0.1:3000")).toBe(true);
    expect(refused({ ...local, demo: false }, "http://localhost:3000")).toBe(false);
  });

  it("never aliases a public address, even in demo mode", () => {
    const site: OriginContext = { requestOrigin: "http://localhost:3000", configured: ["https://portal.example"], demo: true, host: "127.0.0.1:443" };
    expect(allowedOrigins(site)).toEqual(["http://localhost:3000", "https://portal.example"]);
    expect(refused({ ...site, host: "portal.example" }, "https://portal.example")).toBe(false);
  });

  it("keeps default ports implicit", () => {
    const ctx: OriginContext = { requestOrigin: "http://localhost", configured: ["http://localhost"], demo: true, host: "127.0.0.1" };
    expect(refused(ctx, "http://127.0.0.1")).toBe(false);
  });
});
