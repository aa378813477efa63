import "server-only";
import { db, type DbTx } from "@/lib/db";
import { conflict, invalidInput } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import { auditedWrite } from "@/modules/audit/server";
import { countryFacts } from "@/modules/countries/server";
import { changedPaths, checkAnswers, type Answers } from "../answers";
import type { ResponsePut } from "../schemas";
import { isEditable } from "../state-machine";
import { assertCanEdit, assertInvited } from "./response-access";
import { responseRow, toView, type ResponseRow, type ResponseView } from "./response-row";
import { revisionsSince, type RevisionSummary } from "./revisions";
import { getRound } from "./rounds";

/** What a 409 carries: the response as it is now and the saves made since the version the person read. */
export interface ResponseConflict extends ResponseView {
  changes: RevisionSummary[];
}

const stale = async (tx: DbTx, roundId: string, country: string, row: ResponseRow | null, since: number, message: string) => {
  const current: ResponseConflict = { ...toView(roundId, country, row), changes: row ? await revisionsSince(row.id, since, tx) : [] };
  return conflict(message, current);
};

/**
 * Saves a country's answers as a whole, based on the version the person read (0: none yet).
 * Every answer is checked against the round's definition (a draft may be incomplete, not
 * wrong); a save on an old version is refused with a 409 that carries what was saved since, so
 * the page can lay both side by side. Of twenty saves of one version at once the row lock lets
 * one through; the others find the new version. The answers, the revision (who, which fields)
 * and the audit row commit together. A save that changes nothing writes nothing.
 */
export async function saveResponse(user: CurrentUser | null, roundId: string, country: string, body: ResponsePut, meta: RequestMeta): Promise<ResponseView> {
  assertCanEdit(user, country);
  const round = await getRound(roundId);
  await assertInvited(db(), country);
  const codes = new Set((await countryFacts(db())).keys());
  const { answers, problems } = checkAnswers(round.definition, body.answers, codes);
  if (problems.length) throw invalidInput(problems, "Some answers are not valid; nothing was saved");
  const actor = { id: user!.id, email: user!.email, roles: user!.roles };

  await auditedWrite(async (tx) => {
    const row = await responseRow(tx, roundId, country, { lock: true });
    if (!row && body.version !== 0) throw await stale(tx, roundId, country, row, body.version, "This response is not what you read; nothing was saved");
    if (row && row.version !== body.version) {
      throw await stale(tx, roundId, country, row, body.version, `Someone saved this response after you opened it (it is at version ${row.version}); nothing was saved`);
    }
    if (row && !isEditable(row.status)) throw await stale(tx, roundId, country, row, body.version, `The response is ${row.status}: it can no longer be changed`);
    if (!row && !round.open) throw conflict(`The round ${round.name} is closed (its deadline was ${round.deadline})`);
    if (row && row.status === "draft" && !round.open) throw conflict(`The round ${round.name} is closed (its deadline was ${round.deadline})`);

    const before: Answers = row?.answers ?? {};
    const fields = changedPaths(round.definition, before, answers);
    if (row && fields.length === 0) return { result: { id: row.id, changed: false }, audit: [] };

    let id: string;
    let version: number;
    if (!row) {
      // Two first saves at once: the unique (round, country) lets one insert; the other is a 409.
      const [inserted] = await tx.$queryRaw<{ id: string; version: number }[]>`
        INSERT INTO questionnaire_response (id, round_id, country, answers, updated_by)
        VALUES (gen_random_uuid(), ${roundId}::uuid, ${country}, ${JSON.stringify(answers)}::jsonb, ${user!.id}::uuid)
        ON CONFLICT (round_id, country) DO NOTHING RETURNING id::text, version`;
      if (!inserted) throw await stale(tx, roundId, country, await responseRow(tx, roundId, country), 0, "Another focal point started this response at the same moment; nothing was saved");
      ({ id, version } = inserted);
    } else {
      const [updated] = await tx.$queryRaw<{ version: number }[]>`
        UPDATE questionnaire_response SET answers = ${JSON.stringify(answers)}::jsonb, version = version + 1, updated_at = now(), updated_by = ${user!.id}::uuid
        WHERE id = ${row.id}::uuid RETURNING version`;
      id = row.id;
      version = updated!.version;
    }
    await tx.$executeRaw`
      INSERT INTO questionnaire_revision (response_id, version, user_id, user_name, fields, answers)
      VALUES (${id}::uuid, ${version}, ${user!.id}::uuid, ${user!.name}, ${fields}::text[], ${JSON.stringify(answers)}::jsonb)`;
    return {
      result: { id, changed: true },
      audit: { actor, action: "questionnaire.response.save", outcome: "success", target: { type: "questionnaire_response", id }, meta, detail: { round: round.name, country, version, fields } },
    };
  });
  return toView(roundId, country, await responseRow(db(), roundId, country));
}
