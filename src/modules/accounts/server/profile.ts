import "server-only";
import { db } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { auditedWrite, auditEventsOf, recordEvent } from "@/modules/audit/server";
import { enqueueEmail } from "@/modules/mail/server";
import { passwordProblems } from "../password-rules";
import type { ProfileInput } from "../schemas";
import { hashPassword, verifyPassword } from "./passwords";
import { countryExists, findUserById, toUserView } from "./users";

type Actor = { id: string; email: string; roles: readonly string[] };

export async function getProfile(userId: string) {
  const user = await findUserById(userId);
  return user ? toUserView(user) : null;
}

export async function updateProfile(actor: Actor, input: ProfileInput, meta: RequestMeta) {
  if (!(await countryExists(input.organisation.country))) {
    throw invalidInput([{ name: "organisation.country", reason: "unknown_country" }]);
  }
  const user = await auditedWrite(async (tx) => ({
    result: await tx.user.update({
      where: { id: actor.id },
      data: {
        name: input.name,
        preferredLanguage: input.lng,
        organisationName: input.organisation.name,
        organisationType: input.organisation.type,
        organisationCountry: input.organisation.country,
      },
    }),
    audit: { actor, action: "account.update_profile", outcome: "success", target: { type: "user", id: actor.id }, meta },
  }));
  return toUserView(user);
}

/** Changes the password after checking the current one; other sessions end, this one is renewed by the caller. */
export async function changePassword(actor: Actor, current: string, next: string, meta: RequestMeta) {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(user.passwordHash, current))) {
    await recordEvent({ actor, action: "account.change_password", outcome: "failure", target: { type: "user", id: actor.id }, meta });
    throw invalidInput([{ name: "currentPassword", reason: "wrong_password" }]);
  }
  const problems = passwordProblems(next, { email: user.email });
  if (problems.length) throw invalidInput(problems.map((p) => ({ name: "newPassword", reason: p })));
  const passwordHash = await hashPassword(next);
  return auditedWrite(async (tx) => {
    const updated = await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await enqueueEmail({ to: updated.email, locale: updated.preferredLanguage, template: "passwordChanged", vars: { name: updated.name } }, tx);
    return { result: updated, audit: { actor, action: "account.change_password", outcome: "success", target: { type: "user", id: actor.id }, meta } };
  });
}

/** Everything the portal holds about the user, for download (GDPR-style access). */
export async function exportAccountData(actor: Actor) {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
  return {
    exportedAt: new Date().toISOString(),
    account: toUserView(user),
    activity: await auditEventsOf(actor.id),
    // The roster profile, if any (without the CV's bytes). Imported when asked: the roster module reads accounts too.
    rosterProfile: await (await import("@/modules/consultants/server")).rosterDataOfUser(actor.id),
    questionnaireSaves: await (await import("@/modules/questionnaire/server")).questionnaireDataOfUser(actor.id),
  };
}

/**
 * Deletes the account after checking the password. The audit trail keeps its history; the
 * questionnaire's revisions keep the country's answers without the author's name.
 */
export async function deleteAccount(actor: Actor, password: string, meta: RequestMeta) {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw invalidInput([{ name: "password", reason: "wrong_password" }]);
  }
  await auditedWrite(async (tx) => {
    await (await import("@/modules/questionnaire/server")).forgetQuestionnaireAuthor(tx, actor.id);
    await (await import("@/modules/stories/server")).forgetStoryAuthor(tx, actor.id);
    await tx.user.delete({ where: { id: actor.id } });
    return { result: undefined, audit: { actor, action: "account.delete", outcome: "success", target: { type: "user", id: actor.id }, meta } };
  });
}
