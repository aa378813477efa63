import "server-only";
import { db, type DbTx } from "@/lib/db";

export interface QuestionnaireSaveOfUser {
  round: string;
  country: string;
  version: number;
  at: string;
  fields: string[];
}

/**
 * The questionnaire's data about a person, for their download: the saves they made of their
 * country's responses (the answers are the country's, not theirs).
 */
export async function questionnaireDataOfUser(userId: string): Promise<QuestionnaireSaveOfUser[]> {
  const rows = await db().$queryRaw<{ round: string; country: string; version: number; at: Date; fields: string[] }[]>`
    SELECT q.name AS round, r.country, v.version, v.at, v.fields FROM questionnaire_revision v
    JOIN questionnaire_response r ON r.id = v.response_id JOIN questionnaire_round q ON q.id = r.round_id
    WHERE v.user_id = ${userId}::uuid ORDER BY v.at`;
  return rows.map((r) => ({ round: r.round, country: r.country, version: r.version, at: r.at.toISOString(), fields: r.fields }));
}

/**
 * When an account is deleted its name leaves the history of the responses it edited (in the
 * deletion's transaction): the revisions and answers stay, as the country's, without the author.
 */
export async function forgetQuestionnaireAuthor(tx: DbTx, userId: string): Promise<void> {
  await tx.$executeRaw`UPDATE questionnaire_revision SET user_id = NULL, user_name = '' WHERE user_id = ${userId}::uuid`;
  await tx.$executeRaw`UPDATE questionnaire_response SET updated_by = NULL WHERE updated_by = ${userId}::uuid`;
}
