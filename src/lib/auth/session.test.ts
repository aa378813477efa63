import { beforeAll, describe, expect, it } from "vitest";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, decodeSession, encodeSession, sessionCookieName, secureCookies } from "./session";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = "unit-test-secret-0123456789abcdef0123456789";
});

describe("session tokens", () => {
  it("round-trips the claims", async () => {
    const now = Date.now();
    const token = await encodeSession({ userId: "u1", sessionVersion: 3, authTime: Math.floor(now / 1000) }, now);
    expect(await decodeSession(token, now)).toMatchObject({ userId: "u1", sessionVersion: 3 });
  });

  it("expires after 30 idle minutes", async () => {
    const now = Date.now();
    const token = await encodeSession({ userId: "u1", sessionVersion: 1, authTime: Math.floor(now / 1000) }, now);
    expect(await decodeSession(token, now + (SESSION_IDLE_SECONDS - 60) * 1000)).not.toBeNull();
    expect(await decodeSession(token, now + (SESSION_IDLE_SECONDS + 1) * 1000)).toBeNull();
  });

  it("ends 12 hours after sign-in however often it is refreshed", async () => {
    const now = Date.now();
    const signedIn = Math.floor(now / 1000) - SESSION_ABSOLUTE_SECONDS - 5;
    const fresh = await encodeSession({ userId: "u1", sessionVersion: 1, authTime: signedIn }, now);
    expect(await decodeSession(fresh, now)).toBeNull();
  });

  it("rejects tampered or foreign tokens", async () => {
    expect(await decodeSession("not-a-token")).toBeNull();
    expect(await decodeSession(undefined)).toBeNull();
  });

  it("uses Secure, __Secure- cookies when served over HTTPS", () => {
    expect(secureCookies("https://portal.example")).toBe(true);
    expect(secureCookies("http://localhost:3000")).toBe(false);
    expect(sessionCookieName(true)).toBe("__Secure-next-auth.session-token");
  });
});
