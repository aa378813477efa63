import "server-only";
import { Prisma, sqlRows } from "@/lib/db";
import type { LocalizedText } from "@/lib/i18n/locales";
import { MIN_SCORE, SUGGESTION_WEIGHTS as W } from "../suggestion-weights";

export type Run = <T>(sql: Prisma.Sql) => Promise<T[]>;

export interface ListingSuggestion {
  id: string;
  kind: "need" | "offer";
  title: LocalizedText;
  organisation: string;
  countries: string[];
  shared_areas: string[];
  shared_themes: string[];
  same_type: boolean;
  support_type: string;
  shared_forms: string[];
  shared_languages: string[];
  shared_subregions: string[];
  shared_regions: string[];
  south: boolean;
  shared_words: string[];
  score: number;
}

/** A listing's sub-regions and continent-level regions (from the M49 table), for the region parts of a score. */
export const REGION_SPLIT = Prisma.sql`SELECT coalesce(array_agg(code::text ORDER BY level DESC, code) FILTER (WHERE level <> 'region'), '{}') AS subregions,
  coalesce(array_agg(code::text ORDER BY code) FILTER (WHERE level = 'region'), '{}') AS regions FROM region`;

/**
 * Open listings of the other kind for one listing, scored in PostgreSQL with the weights of
 * suggestion-weights.ts: candidates share an IP area or a distinctive title word; `only`
 * restricts them (the top-five check of a newly published offer).
 */
export function listingSuggestionsSql(id: string, limit: number, only: string[] | null = null): Prisma.Sql {
  return Prisma.sql`
    WITH s AS (SELECT * FROM listing WHERE id = ${id}::uuid),
    p AS (${REGION_SPLIT} WHERE code::text = ANY((SELECT place_regions FROM s)::text[])),
    cand AS (
      SELECT o.id, o.kind::text AS kind, o.title, o.organisation, o.countries, o.support_type::text AS support_type,
        ARRAY(SELECT unnest(o.ip_areas::text[]) INTERSECT SELECT unnest(s.ip_areas::text[]) ORDER BY 1) AS shared_areas,
        ARRAY(SELECT unnest(o.themes::text[]) INTERSECT SELECT unnest(s.themes::text[]) ORDER BY 1) AS shared_themes,
        o.support_type = s.support_type AS same_type,
        ARRAY(SELECT unnest(o.forms::text[]) INTERSECT SELECT unnest(s.forms::text[]) ORDER BY 1) AS shared_forms,
        ARRAY(SELECT unnest(o.languages) INTERSECT SELECT unnest(s.languages) ORDER BY 1) AS shared_languages,
        ARRAY(SELECT unnest(o.place_regions) INTERSECT SELECT unnest(p.subregions) ORDER BY 1) AS shared_subregions,
        ARRAY(SELECT unnest(o.place_regions) INTERSECT SELECT unnest(p.regions) ORDER BY 1) AS shared_regions,
        o.place_statuses && ARRAY['developing'] AS south,
        ARRAY(SELECT unnest(o.title_tokens) INTERSECT SELECT unnest(s.title_tokens) ORDER BY 1) AS shared_words,
        cardinality(s.ip_areas) AS n_areas, cardinality(s.title_tokens) AS n_words, cardinality(o.title_tokens) AS o_words
      FROM listing o, s, p
      WHERE o.status IN ('published', 'in_discussion') AND o.kind <> s.kind AND o.id <> s.id
        AND (o.ip_areas && s.ip_areas OR o.title_tokens && s.title_tokens)
        ${only ? Prisma.sql`AND o.id = ANY(${only}::uuid[])` : Prisma.empty}
    ), scored AS (
      SELECT *, round((
          ${W.ipArea}::float8 * cardinality(shared_areas) / greatest(n_areas, 1)
        + CASE WHEN cardinality(shared_themes) > 0 THEN ${W.theme}::float8 ELSE 0 END
        + CASE WHEN same_type THEN ${W.supportType}::float8 ELSE 0 END
        + CASE WHEN cardinality(shared_forms) > 0 THEN ${W.form}::float8 ELSE 0 END
        + CASE WHEN cardinality(shared_languages) > 0 THEN ${W.language}::float8 ELSE 0 END
        + CASE WHEN cardinality(shared_subregions) > 0 THEN ${W.subregion}::float8 WHEN cardinality(shared_regions) > 0 THEN ${W.region}::float8 ELSE 0 END
        + CASE WHEN south THEN ${W.south}::float8 ELSE 0 END
        + ${W.text}::float8 * cardinality(shared_words) / greatest(sqrt(n_words::float8 * o_words), 1)
      )::numeric, 3)::float8 AS score
      FROM cand
    )
    SELECT id, kind, title, organisation, countries, shared_areas, shared_themes, same_type, support_type, shared_forms, shared_languages,
      shared_subregions, shared_regions, south, shared_words, score
    FROM scored WHERE score >= ${MIN_SCORE} ORDER BY score DESC, id LIMIT ${limit}`;
}

export function suggestListings(id: string, limit: number, run: Run = sqlRows): Promise<ListingSuggestion[]> {
  return run<ListingSuggestion>(listingSuggestionsSql(id, limit));
}
