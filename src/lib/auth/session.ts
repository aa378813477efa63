import { decode, encode } from "next-auth/jwt";

/**
 * Session rules, in one place: a JWT in an HttpOnly, SameSite=Lax cookie that
 * expires after 30 idle minutes (src/proxy.ts slides it on activity) and at the
 * latest 12 hours after sign-in. Secure whenever the portal is served over HTTPS.
 */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** Sliding the cookie on every request would rewrite it constantly. */
export const SESSION_REFRESH_AFTER_SECONDS = 60;

export interface SessionClaims {
  userId: string;
  /** Compared with the account's current version: a password change or deactivation ends older sessions. */
  sessionVersion: number;
  /** Seconds since the epoch when the user signed in. */
  authTime: number;
  /** Seconds since the epoch when the token was last issued. */
  issuedAt: number;
}

export function secureCookies(publicUrl = process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? ""): boolean {
  return publicUrl.startsWith("https://");
}

export function sessionCookieName(secure = secureCookies()): string {
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function sessionSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return secret;
}

export function cookieOptions(maxAge = SESSION_IDLE_SECONDS) {
  return { httpOnly: true, sameSite: "lax" as const, secure: secureCookies(), path: "/", maxAge };
}

export async function encodeSession(claims: Omit<SessionClaims, "issuedAt">, now = Date.now()): Promise<string> {
  return encode({
    secret: sessionSecret(),
    maxAge: SESSION_IDLE_SECONDS,
    token: { sub: claims.userId, sv: claims.sessionVersion, authTime: claims.authTime, iat: Math.floor(now / 1000) },
  });
}

/** The claims of a valid, unexpired session token, or null. */
export async function decodeSession(token: string | undefined, now = Date.now()): Promise<SessionClaims | null> {
  if (!token) return null;
  let payload: Record<string, unknown> | null;
  try {
    payload = (await decode({ token, secret: sessionSecret() })) as Record<string, unknown> | null;
  } catch {
    return null;
  }
  if (!payload || typeof payload.sub !== "string") return null;
  const seconds = Math.floor(now / 1000);
  const authTime = Number(payload.authTime);
  const issuedAt = Number(payload.iat);
  const exp = Number(payload.exp);
  if (!Number.isFinite(authTime) || seconds - authTime > SESSION_ABSOLUTE_SECONDS) return null;
  if (!Number.isFinite(exp) || exp <= seconds) return null;
  return { userId: payload.sub, sessionVersion: Number(payload.sv) || 0, authTime, issuedAt };
}
