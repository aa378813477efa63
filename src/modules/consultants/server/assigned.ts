import "server-only";
import type pg from "pg";
import { Prisma, sqlRows } from "@/lib/db";
import type { AssignmentRole } from "../constants";

/**
 * What the activities module reads and writes of assignments (through server/index.ts only):
 * the assigned consultants' nationalities its modality rule takes as providers
 * (docs/ACTIVITIES.md, "Cooperation modality"), the approved profiles an import may name,
 * and the import's assignments. Each takes the caller's connection, so it joins its transaction.
 */

const run = async <T extends pg.QueryResultRow>(conn: pg.ClientBase | undefined, sql: Prisma.Sql): Promise<T[]> =>
  conn ? (await conn.query<T>(sql.text, sql.values as unknown[])).rows : sqlRows<T>(sql);

/** Per activity, the nationalities of each consultant assigned to it (one entry per consultant, whatever their roles). */
export async function assignedNationalities(conn: pg.ClientBase, activityIds: readonly string[]): Promise<Map<string, Map<string, string[]>>> {
  const byActivity = new Map<string, Map<string, string[]>>();
  if (!activityIds.length) return byActivity;
  const rows = await run<{ activity_id: string; consultant_id: string; nationalities: string[] }>(conn, Prisma.sql`
    SELECT DISTINCT a.activity_id, a.consultant_id, c.nationalities
    FROM consultant_assignment a JOIN consultant c ON c.id = a.consultant_id
    WHERE a.activity_id = ANY(${[...activityIds]}::uuid[])`);
  for (const r of rows) {
    let consultants = byActivity.get(r.activity_id);
    if (!consultants) byActivity.set(r.activity_id, (consultants = new Map()));
    consultants.set(r.consultant_id, r.nationalities);
  }
  return byActivity;
}

/** The approved profiles among `ids`, with their nationalities (ids not returned are unknown or not approved). */
export async function approvedConsultants(conn: pg.ClientBase | undefined, ids: readonly string[]): Promise<Map<string, string[]>> {
  if (!ids.length) return new Map();
  const rows = await run<{ id: string; nationalities: string[] }>(conn, Prisma.sql`
    SELECT id, nationalities FROM consultant WHERE id = ANY(${[...new Set(ids)]}::uuid[]) AND status = 'approved'`);
  return new Map(rows.map((r) => [r.id, r.nationalities]));
}

export interface NewAssignment {
  consultantId: string;
  activityId: string;
  role: AssignmentRole;
  startsOn: string;
  endsOn: string;
}

/**
 * Inserts assignments in one statement (the counters' triggers run once); one that exists
 * already (same consultant, activity and role) is left as it is. Returns how many were new.
 */
export async function insertAssignments(conn: pg.ClientBase, rows: readonly NewAssignment[]): Promise<number> {
  if (!rows.length) return 0;
  const result = await conn.query(
    `INSERT INTO consultant_assignment (id, consultant_id, activity_id, role, starts_on, ends_on)
     SELECT gen_random_uuid(), r.consultant_id, r.activity_id, r.role::"AssignmentRole", r.starts_on, r.ends_on
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::date[]) AS r(consultant_id, activity_id, role, starts_on, ends_on)
     ON CONFLICT (consultant_id, activity_id, role) DO NOTHING`,
    [rows.map((r) => r.consultantId), rows.map((r) => r.activityId), rows.map((r) => r.role), rows.map((r) => r.startsOn), rows.map((r) => r.endsOn)],
  );
  return result.rowCount ?? 0;
}
