import "server-only";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { withSqlTransaction } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { conflict, invalidInput, notFound } from "@/lib/errors";
import { publicContentSettled } from "@/lib/public-content";
import type { RequestMeta } from "@/lib/request-meta";
import type { Modality } from "@/modules/activities/constants";
import { rederiveActivities, takeWritersTurn } from "@/modules/activities/server";
import { logAudited, recordAuditOn, type Audited, type AuditActor, type AuditInput } from "@/modules/audit/server";
import type { AssignmentInput } from "../schemas";

/** How far (days) an assignment's dates may lie outside its activity's: preparation and follow-up, not another year's work. */
export const ASSIGNMENT_MARGIN_DAYS = 365;

/**
 * One assignment change in one transaction: the activity writers' turn first (the change
 * re-derives the activity's modality, as any activity write does), then `work`, its audit row,
 * commit. The consultants' counters follow by the SQL triggers.
 */
async function inAssignmentTransaction<T>(work: (conn: pg.PoolClient) => Promise<Audited<T>>): Promise<T> {
  let inputs: AuditInput[] = [];
  const result = await withSqlTransaction(async (conn) => {
    await takeWritersTurn(conn);
    const done = await work(conn);
    inputs = [done.audit].flat();
    await recordAuditOn(conn, inputs);
    return done.result;
  }).catch((error: unknown) => {
    if (isUniqueViolation(error)) throw conflict("This consultant already has this role in this activity; nothing was written");
    throw error;
  });
  logAudited(inputs);
  await publicContentSettled();
  return result;
}

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Assigns an approved consultant to an existing activity (docs/CONSULTANTS.md, "Assignments").
 * A consultant that is not approved is `consultantId: unknown_consultant` (a 404 when the
 * consultant is the URL's, `consultantInPath`), an unknown activity `activityId:
 * unknown_activity`, dates more than a year outside the activity's `far_from_activity`, the
 * same role twice a 409. Re-derives the activity's modality.
 */
export function addAssignment(
  actor: AuditActor,
  input: AssignmentInput,
  meta: RequestMeta,
  { consultantInPath = false }: { consultantInPath?: boolean } = {},
): Promise<{ id: string; modality: Modality | null }> {
  return inAssignmentTransaction(async (conn) => {
    const consultant = await conn.query("SELECT 1 FROM consultant WHERE id = $1::uuid AND status = 'approved' FOR SHARE", [input.consultantId]);
    if (!consultant.rowCount) {
      if (consultantInPath) throw notFound("No approved roster profile with this id");
      throw invalidInput([{ name: "consultantId", reason: "unknown_consultant" }], "No approved roster profile with this id");
    }
    const activity = await conn.query<{ start_date: string; end_date: string; modality: string }>(
      "SELECT start_date::text AS start_date, end_date::text AS end_date, modality::text AS modality FROM activity WHERE id = $1::uuid",
      [input.activityId],
    );
    const a = activity.rows[0];
    if (!a) throw invalidInput([{ name: "activityId", reason: "unknown_activity" }], "No such activity");
    const far = [
      ...(days(input.startsOn) < days(a.start_date) - ASSIGNMENT_MARGIN_DAYS || days(input.startsOn) > days(a.end_date) + ASSIGNMENT_MARGIN_DAYS ? [{ name: "startsOn", reason: "far_from_activity" }] : []),
      ...(days(input.endsOn) > days(a.end_date) + ASSIGNMENT_MARGIN_DAYS || days(input.endsOn) < days(a.start_date) - ASSIGNMENT_MARGIN_DAYS ? [{ name: "endsOn", reason: "far_from_activity" }] : []),
    ];
    if (far.length) throw invalidInput(far, `The dates are more than ${ASSIGNMENT_MARGIN_DAYS} days outside the activity's (${a.start_date} – ${a.end_date})`);
    const id = randomUUID();
    await conn.query(
      `INSERT INTO consultant_assignment (id, consultant_id, activity_id, role, starts_on, ends_on) VALUES ($1::uuid, $2::uuid, $3::uuid, $4::"AssignmentRole", $5::date, $6::date)`,
      [id, input.consultantId, input.activityId, input.role, input.startsOn, input.endsOn],
    );
    const [changed] = await rederiveActivities(conn, [input.activityId]);
    return {
      result: { id, modality: changed?.modality ?? null },
      audit: {
        actor,
        action: "consultant.assignment.add",
        outcome: "success",
        target: { type: "consultant", id: input.consultantId },
        meta,
        detail: { assignmentId: id, activityId: input.activityId, role: input.role, startsOn: input.startsOn, endsOn: input.endsOn, modality: changed ? { from: a.modality.replace("_", "-"), to: changed.modality } : null },
      },
    };
  });
}

/** Removes an assignment of this consultant (404 when there is none) and re-derives its activity's modality. */
export function removeAssignment(actor: AuditActor, consultantId: string, assignmentId: string, meta: RequestMeta): Promise<{ activityId: string; modality: Modality | null }> {
  return inAssignmentTransaction(async (conn) => {
    const deleted = await conn.query<{ activity_id: string; role: string; modality: string }>(
      `DELETE FROM consultant_assignment a USING activity ac
       WHERE a.id = $1::uuid AND a.consultant_id = $2::uuid AND ac.id = a.activity_id
       RETURNING a.activity_id, a.role::text AS role, ac.modality::text AS modality`,
      [assignmentId, consultantId],
    );
    const row = deleted.rows[0];
    if (!row) throw notFound("No such assignment of this consultant");
    const [changed] = await rederiveActivities(conn, [row.activity_id]);
    return {
      result: { activityId: row.activity_id, modality: changed?.modality ?? null },
      audit: {
        actor,
        action: "consultant.assignment.remove",
        outcome: "success",
        target: { type: "consultant", id: consultantId },
        meta,
        detail: { assignmentId, activityId: row.activity_id, role: row.role, modality: changed ? { from: row.modality.replace("_", "-"), to: changed.modality } : null },
      },
    };
  });
}

/**
 * For the profile writers: after a consultant's nationalities changed (committed), re-derives
 * the modality of the activities they are assigned to, in a transaction of its own under the
 * activity writers' turn. Returns the activities whose modality changed.
 */
export async function rederiveActivitiesOfConsultants(consultantIds: readonly string[]): Promise<{ id: string; modality: Modality }[]> {
  if (!consultantIds.length) return [];
  const changed = await withSqlTransaction(async (conn) => {
    await takeWritersTurn(conn);
    const { rows } = await conn.query<{ activity_id: string }>("SELECT DISTINCT activity_id FROM consultant_assignment WHERE consultant_id = ANY($1::uuid[])", [[...consultantIds]]);
    return rederiveActivities(conn, rows.map((r) => r.activity_id));
  });
  if (changed.length) await publicContentSettled();
  return changed;
}
