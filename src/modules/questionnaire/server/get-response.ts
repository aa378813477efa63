import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/modules/accounts/server";
import { assertCanRead, assertInvited } from "./response-access";
import { responseRow, toView, type ResponseView } from "./response-row";
import { getRound } from "./rounds";

/** A country's response to a round, for its focal points and the secretariat. */
export async function getResponse(user: CurrentUser | null, roundId: string, country: string): Promise<ResponseView> {
  assertCanRead(user, country);
  await getRound(roundId);
  await assertInvited(db(), country);
  return toView(roundId, country, await responseRow(db(), roundId, country));
}
