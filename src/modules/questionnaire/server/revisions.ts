import "server-only";
import { db, type DbTx } from "@/lib/db";
import type { CurrentUser } from "@/modules/accounts/server";
import type { Answers } from "../answers";
import { assertCanRead } from "./response-access";

export interface RevisionSummary {
  version: number;
  by: string;
  at: string;
  /** The answer paths the save changed. */
  fields: string[];
}

const summary = (r: { version: number; user_name: string; at: Date; fields: string[] }): RevisionSummary => ({ version: r.version, by: r.user_name, at: r.at.toISOString(), fields: r.fields });

/**
 * The saves of a response after `version`, oldest first (what a person who read `version` has
 * not seen). Inside a write, pass its transaction: a second connection per refused save would
 * drain the pool while twenty saves wait on one row's lock.
 */
export async function revisionsSince(responseId: string, version: number, client: Pick<DbTx, "$queryRaw"> = db()): Promise<RevisionSummary[]> {
  const rows = await client.$queryRaw<{ version: number; user_name: string; at: Date; fields: string[] }[]>`
    SELECT version, user_name, at, fields FROM questionnaire_revision WHERE response_id = ${responseId}::uuid AND version > ${version} ORDER BY version`;
  return rows.map(summary);
}

/** The answers as one save left them (the base of a three-way comparison on a conflict). */
export async function answersAtVersion(responseId: string, version: number): Promise<Answers | null> {
  const [row] = await db().$queryRaw<{ answers: Answers }[]>`SELECT answers FROM questionnaire_revision WHERE response_id = ${responseId}::uuid AND version = ${version}`;
  return row?.answers ?? null;
}

/** A response's history, newest first: who saved, when, which answers changed. */
export async function listRevisions(user: CurrentUser | null, roundId: string, country: string): Promise<RevisionSummary[]> {
  assertCanRead(user, country);
  const rows = await db().$queryRaw<{ version: number; user_name: string; at: Date; fields: string[] }[]>`
    SELECT v.version, v.user_name, v.at, v.fields FROM questionnaire_revision v
    JOIN questionnaire_response r ON r.id = v.response_id
    WHERE r.round_id = ${roundId}::uuid AND r.country = ${country} ORDER BY v.version DESC`;
  return rows.map(summary);
}
