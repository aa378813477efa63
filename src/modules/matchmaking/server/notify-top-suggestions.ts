import "server-only";
import { Prisma, type DbTx } from "@/lib/db";
import { NOTIFY_TOP } from "../constants";
import { emailEach, ownerRecipients } from "./notify";
import { listingSuggestionsSql, type Run } from "./suggest-listings";

/**
 * A newly published offer: the owners of each open need it would rank in the top five offers
 * of are told (docs/MATCHMAKING.md, "Suggestions"). Run by the queue's worker after the publish
 * commits (suggestion-notices.ts); the needs looked at are the twenty it scores best for.
 */
export async function notifyNeedsOfNewOffer(tx: DbTx, offerId: string): Promise<number> {
  const run: Run = <T>(sql: Prisma.Sql) => tx.$queryRaw<T[]>(sql);
  const [offer] = await run<{ kind: string; title: unknown }>(Prisma.sql`SELECT kind::text AS kind, title FROM listing WHERE id = ${offerId}::uuid`);
  if (offer?.kind !== "offer") return 0;
  const needs = await run<{ id: string }>(listingSuggestionsSql(offerId, 20));
  let told = 0;
  for (const need of needs) {
    const top = await run<{ id: string }>(listingSuggestionsSql(need.id, NOTIFY_TOP));
    if (!top.some((t) => t.id === offerId)) continue;
    const [row] = await run<{ owner_id: string | null; kind: string; owner_country: string | null; title: unknown }>(
      Prisma.sql`SELECT owner_id, kind::text AS kind, owner_country, title FROM listing WHERE id = ${need.id}::uuid`,
    );
    if (!row) continue;
    await emailEach(tx, await ownerRecipients(tx, row), "suggestionNew", { texts: { title: row.title, offer: offer.title }, path: `/matchmaking/listings/${need.id}` });
    told++;
  }
  return told;
}
