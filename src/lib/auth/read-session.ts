import "server-only";
import { cookies } from "next/headers";
import { decodeSession, sessionCookieName, type SessionClaims } from "./session";

/** Anything that holds the request's cookies: a NextRequest in a route handler. */
export interface CookieSource {
  cookies: { get(name: string): { value: string } | undefined };
}

/**
 * The one session reader pages, actions and routes use: the request's valid
 * session claims, or null. Routes pass their request; pages and server actions
 * read the cookies of the request being rendered.
 */
export async function readSession(source?: CookieSource): Promise<SessionClaims | null> {
  const jar = source?.cookies ?? (await cookies());
  return decodeSession(jar.get(sessionCookieName())?.value);
}
