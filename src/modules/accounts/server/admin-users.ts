import "server-only";
import { db, Prisma, type DbTx } from "@/lib/db";
import { AppError, invalidInput, notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { auditedWrite, type AuditInput } from "@/modules/audit/server";
import { enqueueEmail } from "@/modules/mail/server";
import type { Role } from "../constants";
import type { AdminUserPatch, UserListQuery, UserView } from "../schemas";
import { roleChangedVars } from "./role-changed-email";
import { countryExists, toUserView } from "./users";

type Actor = { id: string; email: string; roles: readonly string[] };

/** Users matching a search, newest first, keyset-paginated by (created_at, id). */
export async function listUsers(query: UserListQuery): Promise<{ items: UserView[]; nextCursor: string | null }> {
  const where: Prisma.UserWhereInput = {};
  if (query.q) {
    where.OR = [
      { email: { contains: query.q, mode: "insensitive" } },
      { name: { contains: query.q, mode: "insensitive" } },
      { organisationName: { contains: query.q, mode: "insensitive" } },
    ];
  }
  if (query.role) where.roles = { has: query.role };
  if (query.country) where.AND = [{ OR: [{ organisationCountry: query.country }, { focalPointCountry: query.country }] }];
  if (query.active) where.active = query.active === "true";
  const rows = await db().user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, query.limit);
  return { items: page.map(toUserView), nextCursor: rows.length > query.limit ? page.at(-1)!.id : null };
}

export async function getUser(id: string): Promise<UserView> {
  const user = await db().user.findUnique({ where: { id } });
  if (!user) throw notFound("No such user");
  return toUserView(user);
}

function sameRoles(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((r) => b.includes(r));
}

/**
 * Changes roles, focal-point country and/or active state. The focal_point role
 * and a focal-point country go together. Admins cannot lock themselves out.
 * The row is locked while the patch is applied, so two admins' patches apply one
 * after the other and each audit row's before/after is what really changed.
 */
export function updateUser(actor: Actor, id: string, patch: AdminUserPatch, meta: RequestMeta): Promise<UserView> {
  return auditedWrite(async (tx) => {
    await tx.$queryRaw`SELECT id FROM app_user WHERE id = ${id}::uuid FOR UPDATE`;
    const before = await tx.user.findUnique({ where: { id } });
    if (!before) throw notFound("No such user");
    const data = applyPatch(actor, before, patch);
    if (data.focalPointCountry && data.focalPointCountry !== before.focalPointCountry && !(await countryExists(data.focalPointCountry))) {
      throw invalidInput([{ name: "focalPointCountry", reason: "unknown_country" }]);
    }
    const after = await tx.user.update({ where: { id }, data });
    const audit: AuditInput[] = [];
    const target = { type: "user", id };
    if (!sameRoles(before.roles, after.roles) || before.focalPointCountry !== after.focalPointCountry) {
      audit.push({
        actor,
        action: before.focalPointCountry !== after.focalPointCountry ? "user.focal_point_change" : "user.roles_change",
        outcome: "success",
        target,
        meta,
        detail: { before: { roles: before.roles, focalPointCountry: before.focalPointCountry }, after: { roles: after.roles, focalPointCountry: after.focalPointCountry } },
      });
      await enqueueEmail(
        {
          to: after.email,
          locale: after.preferredLanguage,
          template: "roleChanged",
          vars: await roleChangedVars(after),
        },
        tx,
      );
    }
    if (before.active !== after.active) audit.push({ actor, action: after.active ? "user.reactivate" : "user.deactivate", outcome: "success", target, meta });
    return { result: toUserView(after), audit };
  });
}

/** The row's new roles, focal-point country and active flag, or the reason the patch is refused. */
function applyPatch(actor: Actor, before: { id: string; roles: string[]; focalPointCountry: string | null }, patch: AdminUserPatch) {
  const id = before.id;
  let roles = (patch.roles ?? before.roles) as Role[];
  let focalPointCountry = patch.focalPointCountry === undefined ? before.focalPointCountry : patch.focalPointCountry;
  if (patch.focalPointCountry && !patch.roles?.length && !roles.includes("focal_point")) roles = [...roles, "focal_point"];
  if (patch.focalPointCountry === null && patch.roles === undefined) roles = roles.filter((r) => r !== "focal_point");
  if (!roles.includes("focal_point")) focalPointCountry = null;
  if (roles.includes("focal_point") && !focalPointCountry) {
    throw invalidInput([{ name: "focalPointCountry", reason: "required_for_focal_point" }]);
  }
  if (roles.length === 0) roles = ["member"];
  if (actor.id === id && (patch.active === false || !roles.includes("admin"))) {
    throw new AppError("conflict", "Admins cannot deactivate themselves or drop their own admin role");
  }
  return { roles, focalPointCountry, ...(patch.active === undefined ? {} : { active: patch.active }) };
}

/** Nominates (country) or withdraws (null) a focal point: the secretariat's part of user management. */
export function setFocalPoint(actor: Actor, id: string, country: string | null, meta: RequestMeta): Promise<UserView> {
  return updateUser(actor, id, { focalPointCountry: country }, meta);
}

/** The focal points of one country, for those allowed to see them. */
export async function listFocalPoints(country: string): Promise<UserView[]> {
  const rows = await db().user.findMany({
    where: { focalPointCountry: country, roles: { has: "focal_point" }, active: true },
    orderBy: { name: "asc" },
  });
  return rows.map(toUserView);
}

/**
 * Adds a role to an account, or takes one away, inside the caller's transaction (a workflow
 * that grants it: the roster's approval gives `consultant`, withdrawing an approved profile
 * takes it back) and returns its audit row, or null when there was nothing to change (or the
 * account no longer exists). The caller writes the audit row with its own change. Roles are
 * read fresh on every request, so the change applies at the next one.
 */
async function changeRoleIn(tx: DbTx, actor: Actor, userId: string, role: Role, meta: RequestMeta, change: "granted" | "revoked"): Promise<AuditInput | null> {
  const [before] = await tx.$queryRaw<{ roles: string[]; focal_point_country: string | null }[]>`
    SELECT roles::text[] AS roles, focal_point_country FROM app_user WHERE id = ${userId}::uuid FOR UPDATE`;
  if (!before || before.roles.includes(role) === (change === "granted")) return null;
  const after = change === "granted" ? [...before.roles, role] : before.roles.filter((r) => r !== role);
  await tx.user.update({ where: { id: userId }, data: { roles: after as Role[] } });
  return {
    actor,
    action: "user.roles_change",
    outcome: "success",
    target: { type: "user", id: userId },
    meta,
    detail: { before: { roles: before.roles, focalPointCountry: before.focal_point_country }, after: { roles: after, focalPointCountry: before.focal_point_country }, [change]: role },
  };
}

export const grantRoleIn = (tx: DbTx, actor: Actor, userId: string, role: Role, meta: RequestMeta) => changeRoleIn(tx, actor, userId, role, meta, "granted");
export const revokeRoleIn = (tx: DbTx, actor: Actor, userId: string, role: Role, meta: RequestMeta) => changeRoleIn(tx, actor, userId, role, meta, "revoked");
