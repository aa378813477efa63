import "server-only";
import { db, type DbTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { Definition } from "../definition";

export interface RoundSummary {
  id: string;
  name: string;
  versionNumber: number;
  opensOn: string;
  deadline: string;
  /** Whether answers are still taken today (between opening and deadline, both included). */
  open: boolean;
}

export interface RoundDetail extends RoundSummary {
  versionId: string;
  definition: Definition;
}

interface RoundRow {
  id: string;
  name: string;
  version_id: string;
  number: number;
  opens_on: string;
  deadline: string;
  open: boolean;
}

// A version is never changed once stored (a new version is a new row), so its parsed
// definition can be kept for the life of the process.
const definitions = new Map<string, Definition>();

async function definitionOf(client: DbTx | ReturnType<typeof db>, versionId: string): Promise<Definition> {
  const known = definitions.get(versionId);
  if (known) return known;
  const [row] = await client.$queryRaw<{ definition: unknown }[]>`SELECT definition FROM questionnaire_version WHERE id = ${versionId}::uuid`;
  if (!row) throw notFound("No such questionnaire version");
  const parsed = Definition.parse(row.definition);
  definitions.set(versionId, parsed);
  return parsed;
}

const summary = (r: RoundRow): RoundSummary => ({ id: r.id, name: r.name, versionNumber: r.number, opensOn: r.opens_on, deadline: r.deadline, open: r.open });

const SELECT_ROUNDS = `SELECT r.id::text, r.name, r.version_id::text, v.number, to_char(r.opens_on, 'YYYY-MM-DD') AS opens_on,
  to_char(r.deadline, 'YYYY-MM-DD') AS deadline, (current_date BETWEEN r.opens_on AND r.deadline) AS open
  FROM questionnaire_round r JOIN questionnaire_version v ON v.id = r.version_id`;

/** Every round, the newest first. */
export async function listRounds(): Promise<RoundSummary[]> {
  const rows = await db().$queryRawUnsafe<RoundRow[]>(`${SELECT_ROUNDS} ORDER BY r.opens_on DESC, r.name DESC`);
  return rows.map(summary);
}

/** A round with the definition of its version (404 when there is none). */
export async function getRound(id: string, client: DbTx | ReturnType<typeof db> = db()): Promise<RoundDetail> {
  const [row] = await client.$queryRawUnsafe<RoundRow[]>(`${SELECT_ROUNDS} WHERE r.id = $1::uuid`, id);
  if (!row) throw notFound("No such questionnaire round");
  return { ...summary(row), versionId: row.version_id, definition: await definitionOf(client, row.version_id) };
}
