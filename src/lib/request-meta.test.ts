import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIp, requestMeta } from "./request-meta";

// How the header is computed (socket, TRUSTED_PROXIES, X-Forwarded-For): scripts/lib/portal-server.test.ts.
describe("clientIp / requestMeta", () => {
  it("reads only the server's header, never X-Forwarded-For", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBeNull();
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.9" }))).toBe("198.51.100.7");
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "2001:db8::1" }))).toBe("2001:db8::1");
  });

  it("ignores a value that is not an address", () => {
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "garbage" }))).toBeNull();
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "" }))).toBeNull();
  });

  it("collects ip, request id and user agent", () => {
    const meta = requestMeta(new Headers({ [CLIENT_IP_HEADER]: "192.0.2.1", "x-request-id": "req-12345", "user-agent": "ua" }));
    expect(meta).toEqual({ ip: "192.0.2.1", requestId: "req-12345", userAgent: "ua" });
  });
});
