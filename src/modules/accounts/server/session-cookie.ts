import "server-only";
import { cookies } from "next/headers";
import { cookieOptions, encodeSession, sessionCookieName } from "@/lib/auth/session";

/** Starts a session for a server action's sign-in: the same next-auth JWT cookie the /api/auth endpoints issue. */
export async function startSession(user: { id: string; sessionVersion: number }): Promise<void> {
  const token = await encodeSession({ userId: user.id, sessionVersion: user.sessionVersion, authTime: Math.floor(Date.now() / 1000) });
  (await cookies()).set(sessionCookieName(), token, cookieOptions());
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}
