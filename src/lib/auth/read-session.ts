import "server-only";
import { cookies } from "next/headers";
import { decodeSession, sessionCookieName, type SessionClaims } from "./session";

/** The one session reader pages, actions and routes use: the current request's valid session claims, or null. */
export async function readSession(): Promise<SessionClaims | null> {
  return decodeSession((await cookies()).get(sessionCookieName())?.value);
}
