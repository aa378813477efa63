import "server-only";
import { Prisma } from "@/lib/db";
import type { IpArea } from "@/modules/activities/constants";
import type { Skill } from "../constants";
import { staleCondition } from "./resolve-query";
import { appRunner, type SqlRunner } from "./sql-runner";

/** How many profiles sharing a skill or an IP area are scored, most assignments first. */
export const SIMILAR_POOL = 2_000;

export interface SimilarConsultant {
  id: string;
  fullName: string;
  latinName: string | null;
  nationalities: string[];
  organisation: string;
  /** Skills and IP areas shared with the profile the list is for. */
  overlap: number;
  assignments: number;
}

/**
 * Up to `limit` other approved, confirmed (not stale) profiles most like one: ranked in SQL by
 * the number of IP areas and skills they share with it, then by assignments, then id.
 *
 * Fast at 100,000 profiles: the candidates (sharing at least one skill or IP area: the partial
 * GIN indexes on `skills` and `ip_areas`, or the `assignment_count` order index read while
 * filtering when most profiles match) are cut to the SIMILAR_POOL with most assignments before
 * anything is scored, so no request scores more than 2,000 rows, and only the `limit` rows
 * shown are read whole.
 */
export async function similarConsultants(
  profile: { id: string; ipAreas: readonly IpArea[]; skills: readonly Skill[] },
  { limit = 6, run = appRunner }: { limit?: number; run?: SqlRunner } = {},
): Promise<SimilarConsultant[]> {
  if (!profile.ipAreas.length && !profile.skills.length) return [];
  const skills = [...profile.skills];
  const ipAreas = [...profile.ipAreas];
  const rows = await run<{ id: string; full_name: string; latin_name: string | null; nationalities: string[]; organisation: string; overlap: number; assignment_count: number }>(
    Prisma.sql`
    WITH pool AS (
      SELECT id, skills, ip_areas, assignment_count FROM consultant
      WHERE status = 'approved' AND NOT (${staleCondition()}) AND id <> ${profile.id}::uuid
        AND (skills && ${skills}::"ConsultantSkill"[] OR ip_areas && ${ipAreas}::"IpArea"[])
      ORDER BY assignment_count DESC, id DESC
      LIMIT ${SIMILAR_POOL}
    ), scored AS (
      SELECT id, assignment_count,
             (SELECT count(*) FROM unnest(skills) s WHERE s::text = ANY(${skills}::text[]))
           + (SELECT count(*) FROM unnest(ip_areas) a WHERE a::text = ANY(${ipAreas}::text[])) AS overlap
      FROM pool
      ORDER BY overlap DESC, assignment_count DESC, id DESC
      LIMIT ${limit}
    )
    SELECT c.id, c.full_name, c.latin_name, c.nationalities, c.organisation, scored.overlap::int AS overlap, c.assignment_count
    FROM scored JOIN consultant c ON c.id = scored.id
    ORDER BY scored.overlap DESC, c.assignment_count DESC, c.id DESC`,
  );
  return rows.map((r) => ({
    id: r.id,
    fullName: r.full_name,
    latinName: r.latin_name,
    nationalities: r.nationalities,
    organisation: r.organisation,
    overlap: Number(r.overlap),
    assignments: r.assignment_count,
  }));
}
