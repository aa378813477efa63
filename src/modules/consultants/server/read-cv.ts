import "server-only";
import { Prisma, sqlRows } from "@/lib/db";
import { forbidden, unauthenticated } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { decide } from "@/modules/accounts/policy";
import type { CurrentUser } from "@/modules/accounts/server";
import { recordEvent } from "@/modules/audit/server";
import { cvFilename } from "../cv-check";

/** Who asks for a CV, as the route decided before reading the id: a reader by policy, or maybe its owner. */
export type CvReader = { user: CurrentUser; as: "reviewer" | "reader" | "owner" };

/**
 * Decides who may ask for the CV of profile `id` (docs/CONSULTANTS.md, "CV"), before anything
 * about other profiles is looked up: a visitor is 401; a role of `consultants.cv.read` passes
 * (reviewers, `consultants.review`, may read profiles not yet approved); anyone else passes
 * only for their own profile (`user_id`), and gets 403 for any other id, existing or not, so
 * ids cannot be probed.
 */
export async function authorizeCvRead(user: CurrentUser | null, id: string): Promise<CvReader> {
  if (!user) throw unauthenticated();
  if (decide(user, "consultants.cv.read") === "allow") return { user, as: decide(user, "consultants.review") === "allow" ? "reviewer" : "reader" };
  const [own] = await sqlRows<{ id: string }>(Prisma.sql`SELECT id FROM consultant WHERE id = ${id}::uuid AND user_id = ${user.id}::uuid`);
  if (own) return { user, as: "owner" };
  throw forbidden("You may not read this CV");
}

export interface CvFile {
  bytes: Buffer;
  filename: string;
}

/**
 * The CV of profile `id` for a reader `authorizeCvRead` let through: an approved profile's for
 * readers, any profile's for reviewers and the owner. Null (404) when there is no such profile
 * or it has no CV. Each download is audited (`consultant.cv.read`): a CV is personal data.
 */
export async function readCv(id: string, reader: CvReader, meta: RequestMeta): Promise<CvFile | null> {
  const [row] = await sqlRows<{ bytes: Buffer; filename: string }>(Prisma.sql`
    SELECT cv.bytes, cv.filename
    FROM consultant c JOIN consultant_cv cv ON cv.consultant_id = c.id
    WHERE c.id = ${id}::uuid ${reader.as === "reader" ? Prisma.sql`AND c.status = 'approved'` : Prisma.empty}`);
  if (!row) return null;
  await recordEvent({
    actor: { id: reader.user.id, email: reader.user.email, roles: reader.user.roles },
    action: "consultant.cv.read",
    outcome: "success",
    target: { type: "consultant", id },
    meta,
    detail: { as: reader.as },
  });
  return { bytes: row.bytes, filename: cvFilename(row.filename, `cv-${id.slice(0, 8)}`) };
}
