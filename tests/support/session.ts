import { randomUUID } from "node:crypto";
import { encodeSession, sessionCookieName } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** A verified user with these roles (a focal point answers for `focalPointCountry`), and the Cookie header of a session for them. */
export async function signedInAs(
  roles: ("member" | "focal_point" | "partner" | "consultant" | "secretariat" | "admin")[],
  { focalPointCountry = null }: { focalPointCountry?: string | null } = {},
): Promise<{ id: string; cookie: string }> {
  const user = await db().user.create({
    data: {
      email: `session.${randomUUID().slice(0, 8)}@example.org`,
      name: "Test user",
      emailVerifiedAt: new Date(),
      preferredLanguage: "en",
      organisationName: "Test",
      organisationType: "other",
      organisationCountry: "CH",
      roles,
      focalPointCountry,
    },
  });
  const token = await encodeSession({ userId: user.id, sessionVersion: user.sessionVersion, authTime: Math.floor(Date.now() / 1000) });
  return { id: user.id, cookie: `${sessionCookieName()}=${token}` };
}
