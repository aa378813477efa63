import "server-only";
import { Prisma, sqlRows } from "@/lib/db";
import { staleCondition } from "./resolve-query";

/** What a listing asks of an expert (matchmaking's suggestions), and how much each part weighs. */
export interface ExpertCriteria {
  ipAreas: readonly string[];
  languages: readonly string[];
  /** The listing's M49 sub-regions and intermediate regions, and its continent-level regions. */
  subregions: readonly string[];
  regions: readonly string[];
  weights: { ipArea: number; language: number; subregion: number; region: number; south: number; experience: number };
  limit: number;
}

export interface ExpertSuggestion {
  id: string;
  full_name: string;
  latin_name: string | null;
  nationalities: string[];
  shared_areas: string[];
  shared_languages: string[];
  same_subregion: boolean;
  same_region: boolean;
  south: boolean;
  /** Assignments on activities in the listing's IP areas. */
  experience: number;
  score: number;
}

/**
 * Roster experts for a listing, scored in PostgreSQL: approved, confirmed profiles sharing an
 * IP area, ranked first on what the profile says (IP areas, languages, region, South), then the
 * best fifty on their record (assignments on activities in those areas), which costs a join.
 */
export async function suggestConsultants(c: ExpertCriteria, run: <T>(sql: Prisma.Sql) => Promise<T[]> = sqlRows): Promise<ExpertSuggestion[]> {
  if (c.ipAreas.length === 0) return [];
  const w = c.weights;
  const areas = [...c.ipAreas];
  // The pre-score reads only cheap overlaps (no per-row set operations): the number of shared
  // areas is a sum of containment tests, as many as the listing has areas (they are distinct).
  // The shared lists themselves are computed for the fifty kept.
  const sharedCount = Prisma.join([...new Set(areas)].map((a) => Prisma.sql`CASE WHEN c.ip_areas @> ARRAY[${a}]::"IpArea"[] THEN 1 ELSE 0 END`), " + ");
  return run<ExpertSuggestion>(Prisma.sql`
    WITH cand AS (
      SELECT c.id, c.full_name, c.latin_name, c.nationalities, c.assignment_count, c.ip_areas, c.languages,
        (${sharedCount}) AS n_shared_areas,
        c.languages && ${[...c.languages]}::text[] AS any_language,
        c.nationality_regions && ${[...c.subregions]}::text[] AS same_subregion,
        c.nationality_regions && ${[...c.regions]}::text[] AS same_region,
        c.nationality_statuses && ARRAY['developing'] AS south
      FROM consultant c
      WHERE c.status = 'approved' AND NOT (${staleCondition(Prisma.raw("c.last_confirmed_at"))})
        AND c.ip_areas && ${areas}::"IpArea"[]
    ), pre AS (
      SELECT *, ${w.ipArea}::float8 * n_shared_areas / ${areas.length}::float8
        + CASE WHEN any_language THEN ${w.language}::float8 ELSE 0 END
        + CASE WHEN same_subregion THEN ${w.subregion}::float8 WHEN same_region THEN ${w.region}::float8 ELSE 0 END
        + CASE WHEN south THEN ${w.south}::float8 ELSE 0 END AS pre_score
      FROM cand ORDER BY pre_score DESC, assignment_count DESC, id LIMIT 50
    ), rated AS (
      SELECT p.*,
        ARRAY(SELECT unnest(p.ip_areas::text[]) INTERSECT SELECT unnest(${areas}::text[]) ORDER BY 1) AS shared_areas,
        ARRAY(SELECT unnest(p.languages) INTERSECT SELECT unnest(${[...c.languages]}::text[]) ORDER BY 1) AS shared_languages,
        (SELECT count(*)::int FROM consultant_assignment a JOIN activity t ON t.id = a.activity_id
                   WHERE a.consultant_id = p.id AND t.ip_areas && ${areas}::"IpArea"[]) AS experience
      FROM pre p
    )
    SELECT id, full_name, latin_name, nationalities, shared_areas, shared_languages, same_subregion, same_region, south, experience,
      round((pre_score + ${w.experience}::float8 * ln(1 + experience))::numeric, 3)::float8 AS score
    FROM rated ORDER BY score DESC, id LIMIT ${c.limit}`);
}
