import "server-only";
import { db } from "@/lib/db";
import type { Role } from "../constants";
import type { UserView } from "../schemas";

export type UserRow = NonNullable<Awaited<ReturnType<ReturnType<typeof db>["user"]["findUnique"]>>>;

export function toUserView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    roles: u.roles as Role[],
    focalPointCountry: u.focalPointCountry,
    preferredLanguage: u.preferredLanguage,
    organisation: { name: u.organisationName, type: u.organisationType, country: u.organisationCountry },
    emailVerified: Boolean(u.emailVerifiedAt),
    active: u.active,
    createdAt: u.createdAt.toISOString(),
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
  };
}

export function findUserByEmail(email: string) {
  return db().user.findUnique({ where: { email } });
}

export function findUserById(id: string) {
  return db().user.findUnique({ where: { id } });
}

export async function countryExists(iso2: string): Promise<boolean> {
  return (await db().country.count({ where: { iso2 } })) === 1;
}
