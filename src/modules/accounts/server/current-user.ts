import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { readSession, type CookieSource } from "@/lib/auth/read-session";
import { db } from "@/lib/db";
import { forbidden as forbiddenError, unauthenticated } from "@/lib/errors";
import type { Role } from "../constants";
import { decide, type Action } from "../policy";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  focalPointCountry: string | null;
  preferredLanguage: string;
}

/**
 * The signed-in user of this request, read fresh from the database: a session
 * of a deactivated account, or older than the last password or role change, is
 * no session. Cached per request.
 */
export const getCurrentUser = cache(async (source?: CookieSource): Promise<CurrentUser | null> => {
  const claims = await readSession(source);
  if (!claims) return null;
  const user = await db().user.findUnique({ where: { id: claims.userId } });
  if (!user || !user.active || !user.emailVerifiedAt || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles as Role[],
    focalPointCountry: user.focalPointCountry,
    preferredLanguage: user.preferredLanguage,
  };
});

/** For pages: sends visitors to sign in (and back), refuses others with the 403 page. */
export async function requirePageAccess(lng: string, action: Action, returnTo: string, resource: { country?: string } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  const decision = decide(user, action, resource);
  if (decision === "unauthenticated") redirect(`/${lng}/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (decision === "forbidden") forbidden();
  return user!;
}

/** For API routes (pass the request) and server actions: throws the taxonomy's 401 or 403. */
export async function requireAccess(action: Action, resource: { country?: string } = {}, request?: CookieSource): Promise<CurrentUser> {
  const user = await getCurrentUser(request);
  const decision = decide(user, action, resource);
  if (decision === "unauthenticated") throw unauthenticated();
  if (decision === "forbidden") throw forbiddenError();
  return user!;
}
