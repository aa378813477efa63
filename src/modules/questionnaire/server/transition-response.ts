import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { conflict, forbidden, invalidInput, unauthenticated } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import { auditedWrite } from "@/modules/audit/server";
import { missingRequired } from "../answers";
import type { ResponseTransitionBody } from "../schemas";
import { canTake, transitionTo } from "../state-machine";
import { emailFocalPoints } from "./notify";
import { assertInvited, responseActors } from "./response-access";
import { responseRow, toView, type ResponseView } from "./response-row";
import { getRound } from "./rounds";

// Crockford's alphabet without I, L, O, U: a reference read out on the telephone is not misheard.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const referenceFor = (round: string, country: string) => `${round}-${country}-${Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")}`;

/**
 * One step of a response's state machine (state-machine.ts), based on the version read: a
 * response changed since, or a step that does not exist from its status, is a 409; a step this
 * person may not take, a 403. Submitting checks every required and shown question and names
 * each one missing (400); it gives the response its reference (kept on later submissions) and
 * sends the receipt to all the country's focal points. The change, its audit row and the
 * emails commit together.
 */
export async function transitionResponse(user: CurrentUser | null, roundId: string, country: string, body: ResponseTransitionBody, meta: RequestMeta): Promise<ResponseView> {
  if (!user) throw unauthenticated();
  const actors = responseActors(user, country);
  if (actors.length === 0) throw forbidden("Only the country's focal points and the secretariat may change the status of its response");
  const round = await getRound(roundId);
  await assertInvited(db(), country);

  await auditedWrite(async (tx) => {
    const row = await responseRow(tx, roundId, country, { lock: true });
    if (!row) throw conflict("This country has not started its response: there is nothing to change", { ...toView(roundId, country, null) });
    if (row.version !== body.version) throw conflict(`The response changed after you opened it (it is ${row.status}, version ${row.version}); nothing was changed`, toView(roundId, country, row));
    const transition = transitionTo(row.status, body.to);
    if (!transition) throw conflict(`A response that is ${row.status} cannot become ${body.to}`, toView(roundId, country, row));
    if (!canTake(transition, actors)) throw forbidden(`You may not ${transition} this response`);
    if (transition === "submit") {
      const missing = missingRequired(round.definition, row.answers);
      if (missing.length) throw invalidInput(missing, `${missing.length} required answer(s) are missing; the response was not submitted`);
      if (!round.open && !row.reference) throw conflict(`The round ${round.name} is closed (its deadline was ${round.deadline})`, toView(roundId, country, row));
    }
    const reference = row.reference ?? (transition === "submit" ? referenceFor(round.name, country) : null);
    const comment = transition === "return" ? body.comment : null;
    await tx.$executeRaw`
      UPDATE questionnaire_response SET status = ${body.to}::"ResponseStatus", version = version + 1, updated_at = now(), updated_by = ${user.id}::uuid,
        reference = ${reference},
        review_comment = CASE WHEN ${transition === "return"}::boolean THEN ${comment} WHEN ${transition === "accept"}::boolean THEN NULL ELSE review_comment END,
        submitted_at = CASE WHEN ${transition === "submit"}::boolean THEN now() ELSE submitted_at END,
        accepted_at = CASE WHEN ${transition === "accept"}::boolean THEN now() ELSE accepted_at END
      WHERE id = ${row.id}::uuid`;
    const path = `/questionnaire/${roundId}/${country}`;
    const vars = { round: round.name, reference: reference ?? "" };
    if (transition === "submit") await emailFocalPoints(tx, country, "questionnaireReceipt", { path: `${path}/receipt`, vars });
    if (transition === "return") await emailFocalPoints(tx, country, "questionnaireReturned", { path, vars: { ...vars, comment: comment ?? "" } });
    if (transition === "accept") await emailFocalPoints(tx, country, "questionnaireAccepted", { path, vars });
    return {
      result: null,
      audit: {
        actor: { id: user.id, email: user.email, roles: user.roles },
        action: `questionnaire.response.${transition}`,
        outcome: "success",
        target: { type: "questionnaire_response", id: row.id },
        meta,
        detail: { round: round.name, country, from: row.status, to: body.to, ...(reference ? { reference } : {}), ...(comment ? { comment } : {}) },
      },
    };
  });
  return toView(roundId, country, await responseRow(db(), roundId, country));
}
