import "server-only";
import type { DbTx } from "@/lib/db";

/**
 * Account deletion (src/modules/accounts, deleteAccount): the stories a deleted account wrote keep
 * no trace of it. `created_by` is the only personal datum a story holds; it is cleared in the
 * deletion's own transaction. Returns how many stories it touched.
 */
export async function forgetStoryAuthor(tx: DbTx, userId: string): Promise<number> {
  return tx.$executeRaw`UPDATE story SET created_by = NULL WHERE created_by = ${userId}::uuid`;
}
