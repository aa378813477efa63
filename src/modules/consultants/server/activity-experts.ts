import "server-only";
import { Prisma, sqlRows } from "@/lib/db";
import { STALE_AFTER_MONTHS, type AssignmentRole, type ConsultantStatus } from "../constants";

/** A consultant assigned to an activity, as its record and its edit page list them. */
export interface ActivityAssignment {
  id: string;
  consultantId: string;
  fullName: string;
  latinName: string | null;
  nationalities: string[];
  role: AssignmentRole;
  startsOn: string;
  endsOn: string;
  status: ConsultantStatus;
}

/**
 * The roster experts assigned to an activity, by role then name. `approvedOnly` (the public
 * record) leaves out profiles not approved (now), which are not public; the edit page shows all.
 */
export async function activityAssignments(activityId: string, { approvedOnly }: { approvedOnly: boolean }): Promise<ActivityAssignment[]> {
  const rows = await sqlRows<{ id: string; consultant_id: string; full_name: string; latin_name: string | null; nationalities: string[]; role: AssignmentRole; starts_on: string; ends_on: string; status: ConsultantStatus }>(Prisma.sql`
    SELECT a.id, a.consultant_id, c.full_name, c.latin_name, c.nationalities, a.role::text AS role,
           a.starts_on::text AS starts_on, a.ends_on::text AS ends_on, c.status::text AS status
    FROM consultant_assignment a JOIN consultant c ON c.id = a.consultant_id
    WHERE a.activity_id = ${activityId}::uuid ${approvedOnly ? Prisma.sql`AND c.status = 'approved'` : Prisma.empty}
    ORDER BY a.role, coalesce(c.latin_name, c.full_name), a.id`);
  return rows.map((r) => ({
    id: r.id,
    consultantId: r.consultant_id,
    fullName: r.full_name,
    latinName: r.latin_name,
    nationalities: r.nationalities,
    role: r.role,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    status: r.status,
  }));
}

export interface ExperiencedExpert {
  id: string;
  fullName: string;
  latinName: string | null;
  nationalities: string[];
  /** Assignments on similar activities (same type, a shared IP area) among the latest ones looked at. */
  similarAssignments: number;
}

/**
 * How many of the latest similar activities are looked at: bounds the work on a large database
 * (docs/CONSULTANTS.md, "Assignments": 20–30 ms at 100,000 activities walking the date index,
 * about 11 ms with an index on activity (type, start_date DESC, id DESC)).
 */
export const SIMILAR_ACTIVITIES_SCANNED = 500;

/**
 * "Experts who did this kind of activity": approved, confirmed (not stale) consultants with
 * the most assignments on the latest `SIMILAR_ACTIVITIES_SCANNED` other activities of the same
 * type sharing an IP area (not cancelled), excluding those assigned to this one. Ties: most
 * assignments overall, then id.
 */
export async function experiencedExperts(activity: { id: string; type: string; ipAreas: readonly string[] }, limit = 6): Promise<ExperiencedExpert[]> {
  if (!activity.ipAreas.length) return [];
  const rows = await sqlRows<{ id: string; full_name: string; latin_name: string | null; nationalities: string[]; n: number }>(Prisma.sql`
    WITH counted AS (
      SELECT a.consultant_id, count(DISTINCT a.activity_id)::int AS n
      FROM consultant_assignment a
      WHERE a.activity_id = ANY(ARRAY(
        SELECT id FROM activity
        WHERE type = ${activity.type}::text::"ActivityType" AND ip_areas && ${[...activity.ipAreas]}::text[]::"IpArea"[]
          AND id <> ${activity.id}::uuid AND status <> 'cancelled'
        ORDER BY start_date DESC, id DESC LIMIT ${SIMILAR_ACTIVITIES_SCANNED}))
      GROUP BY a.consultant_id
    )
    SELECT c.id, c.full_name, c.latin_name, c.nationalities, k.n
    FROM counted k JOIN consultant c ON c.id = k.consultant_id
    WHERE c.status = 'approved' AND c.last_confirmed_at >= now() - make_interval(months => ${STALE_AFTER_MONTHS}::int)
      AND NOT EXISTS (SELECT 1 FROM consultant_assignment x WHERE x.activity_id = ${activity.id}::uuid AND x.consultant_id = c.id)
    ORDER BY k.n DESC, c.assignment_count DESC, c.id
    LIMIT ${limit}`);
  return rows.map((r) => ({ id: r.id, fullName: r.full_name, latinName: r.latin_name, nationalities: r.nationalities, similarAssignments: r.n }));
}
