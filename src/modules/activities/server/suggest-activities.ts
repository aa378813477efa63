import "server-only";
import { Prisma, sqlRows } from "@/lib/db";
import type { LocalizedText } from "@/lib/i18n/locales";

/** What a listing asks for (matchmaking's suggestions), and how much each part weighs. */
export interface EvidenceCriteria {
  ipAreas: readonly string[];
  /** The kinds of activity that show the listing's form of support was given. */
  types: readonly string[];
  languages: readonly string[];
  subregions: readonly string[];
  regions: readonly string[];
  titleTokens: readonly string[];
  weights: { ipArea: number; form: number; language: number; subregion: number; region: number; text: number; recency: number };
  limit: number;
}

export interface EvidenceSuggestion {
  id: string;
  title: LocalizedText;
  type: string;
  start_date: string;
  beneficiary_countries: string[];
  modality: string;
  shared_areas: string[];
  same_type: boolean;
  shared_languages: string[];
  same_subregion: boolean;
  same_region: boolean;
  text_match: boolean;
  score: number;
}

/**
 * Completed South-South and triangular activities that show who has done what a listing asks:
 * the latest 300 sharing an IP area and a region with it (read newest first along the start-date
 * index), then scored in PostgreSQL.
 */
export async function suggestActivities(c: EvidenceCriteria, run: <T>(sql: Prisma.Sql) => Promise<T[]> = sqlRows): Promise<EvidenceSuggestion[]> {
  const places = [...c.subregions, ...c.regions];
  if (c.ipAreas.length === 0 || places.length === 0) return [];
  const w = c.weights;
  const areas = [...c.ipAreas];
  const tsquery = c.titleTokens.length ? c.titleTokens.map((t) => `'${t}'`).join(" | ") : null;
  return run<EvidenceSuggestion>(Prisma.sql`
    WITH cand AS (
      SELECT a.id, a.title, a.type::text AS type, a.start_date, a.beneficiary_countries, a.modality::text AS modality,
        ARRAY(SELECT unnest(a.ip_areas::text[]) INTERSECT SELECT unnest(${areas}::text[]) ORDER BY 1) AS shared_areas,
        a.type::text = ANY(${[...c.types]}::text[]) AS same_type,
        ARRAY(SELECT unnest(a.languages) INTERSECT SELECT unnest(${[...c.languages]}::text[]) ORDER BY 1) AS shared_languages,
        a.beneficiary_regions && ${[...c.subregions]}::text[] AS same_subregion,
        a.beneficiary_regions && ${[...c.regions]}::text[] AS same_region,
        CASE WHEN ${tsquery}::text IS NULL THEN false ELSE a.search_vector @@ ${tsquery}::tsquery END AS text_match
      FROM activity a
      WHERE a.ip_areas && ${areas}::"IpArea"[] AND a.modality IN ('south_south', 'triangular') AND a.status = 'completed'
        AND a.beneficiary_regions && ${places}::text[]
      ORDER BY a.start_date DESC, a.id DESC LIMIT 300
    )
    SELECT id, title, type, start_date::text AS start_date, beneficiary_countries, modality, shared_areas, same_type, shared_languages,
      same_subregion, same_region, text_match,
      round((${w.ipArea}::float8 * cardinality(shared_areas) / ${areas.length}::float8
        + CASE WHEN same_type THEN ${w.form}::float8 ELSE 0 END
        + CASE WHEN cardinality(shared_languages) > 0 THEN ${w.language}::float8 ELSE 0 END
        + CASE WHEN same_subregion THEN ${w.subregion}::float8 WHEN same_region THEN ${w.region}::float8 ELSE 0 END
        + CASE WHEN text_match THEN ${w.text}::float8 / 2 ELSE 0 END
        + ${w.recency}::float8 * greatest(0, 1 - (extract(year FROM current_date) - extract(year FROM start_date)) / 10.0))::numeric, 3)::float8 AS score
    FROM cand ORDER BY score DESC, start_date DESC, id LIMIT ${c.limit}`);
}
