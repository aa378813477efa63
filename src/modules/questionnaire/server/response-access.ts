import "server-only";
import { forbidden, notFound, unauthenticated } from "@/lib/errors";
import { decide } from "@/modules/accounts/policy";
import type { CurrentUser } from "@/modules/accounts/server";
import type { DbTx } from "@/lib/db";
import type { Actor } from "../state-machine";

/**
 * Who a person is to one country's response: its focal points edit and submit it; the
 * secretariat reads every response and returns or accepts it. Everyone else is refused, and
 * told nothing about whether the country answered (docs/QUESTIONNAIRE.md, "Privacy").
 */
export function responseActors(user: CurrentUser | null, country: string): Actor[] {
  const actors: Actor[] = [];
  if (decide(user, "questionnaire.respond", { country }) === "allow") actors.push("focal_point");
  if (decide(user, "questionnaire.manage") === "allow") actors.push("secretariat");
  return actors;
}

/** Throws 401/403 unless the person may read the country's response. */
export function assertCanRead(user: CurrentUser | null, country: string): void {
  const decision = decide(user, "questionnaire.responses.read", { country });
  if (decision === "unauthenticated") throw unauthenticated();
  if (decision === "forbidden") throw forbidden("Only the country's focal points and the secretariat may read its response");
}

/** Throws 401/403 unless the person is one of the country's focal points. */
export function assertCanEdit(user: CurrentUser | null, country: string): void {
  const decision = decide(user, "questionnaire.respond", { country });
  if (decision === "unauthenticated") throw unauthenticated();
  if (decision === "forbidden") throw forbidden("Only the country's focal points may change its response");
}

/**
 * Rounds are sent to developing countries (LDCs among them): any other code is no
 * respondent (404), checked after access so that the answer tells outsiders nothing.
 */
export async function assertInvited(tx: Pick<DbTx, "$queryRaw">, country: string): Promise<void> {
  const [row] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT true AS ok FROM country WHERE iso2 = ${country} AND development_status = 'developing'`;
  if (!row) throw notFound("This country is not asked to answer the questionnaire");
}
