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
 * Open listings of kind `other` sharing an IP area or a distinctive title word with `s` when `s`
 * is of kind `kind`: with both kinds written as literals, the per-kind partial indexes of
 * migration 20261202110000 apply, and the branch of the wrong kind reads nothing.
 */
function candidatesOf(kind: "need" | "offer", other: "need" | "offer", only: string[] | null): Prisma.Sql {
  return Prisma.sql`SELECT o.* FROM listing o, s
    WHERE s.kind = ${Prisma.raw(`'${kind}'`)} AND o.kind = ${Prisma.raw(`'${other}'`)} AND o.status IN ('published', 'in_discussion')
      AND (o.ip_areas && s.ip_areas OR o.title_tokens && s.title_tokens)
      ${only ? Prisma.sql`AND o.id = ANY(${only}::uuid[])` : Prisma.empty}`;
}

/**
 * Open listings of the other kind for one listing, scored in PostgreSQL with the weights of
 * suggestion-weights.ts: candidates share an IP area or a distinctive title word; `only`
 * restricts them (the top-five check of a newly published offer).
 */
export function listingSuggestionsSql(id: string, limit: number, only: string[] | null = null): Prisma.Sql {
  // Candidates are scored with cheap overlaps and distinct counts (the same numbers as the
  // shared lists' sizes); the shared lists, which the reasons show, are built for the kept rows only.
  return Prisma.sql`
    WITH s AS (SELECT * FROM listing WHERE id = ${id}::uuid),
    p AS (${REGION_SPLIT} WHERE code IN (SELECT unnest(place_regions) FROM s)),
    cand AS (
      SELECT o.id, o.kind::text AS kind, o.title, o.organisation, o.countries, o.support_type::text AS support_type,
        o.ip_areas AS o_areas, o.themes AS o_themes, o.forms AS o_forms, o.languages AS o_languages, o.place_regions AS o_places, o.title_tokens AS o_tokens,
        (SELECT count(DISTINCT a) FROM unnest(o.ip_areas) a WHERE a = ANY(s.ip_areas)) AS n_shared_areas,
        o.themes && s.themes AS any_theme,
        o.support_type = s.support_type AS same_type,
        o.forms && s.forms AS any_form,
        o.languages && s.languages AS any_language,
        o.place_regions && p.subregions::text[] AS any_subregion,
        o.place_regions && p.regions::text[] AS any_region,
        o.place_statuses && ARRAY['developing'] AS south,
        (SELECT count(DISTINCT t) FROM unnest(o.title_tokens) t WHERE t = ANY(s.title_tokens)) AS n_shared_words,
        cardinality(s.ip_areas) AS n_areas, cardinality(s.title_tokens) AS n_words, cardinality(o.title_tokens) AS o_words
      FROM (${candidatesOf("need", "offer", only)} UNION ALL ${candidatesOf("offer", "need", only)}) o, s, p
      WHERE o.id <> s.id
    ), scored AS (
      SELECT *, round((
          ${W.ipArea}::float8 * n_shared_areas / greatest(n_areas, 1)
        + CASE WHEN any_theme THEN ${W.theme}::float8 ELSE 0 END
        + CASE WHEN same_type THEN ${W.supportType}::float8 ELSE 0 END
        + CASE WHEN any_form THEN ${W.form}::float8 ELSE 0 END
        + CASE WHEN any_language THEN ${W.language}::float8 ELSE 0 END
        + CASE WHEN any_subregion THEN ${W.subregion}::float8 WHEN any_region THEN ${W.region}::float8 ELSE 0 END
        + CASE WHEN south THEN ${W.south}::float8 ELSE 0 END
        + ${W.text}::float8 * n_shared_words / greatest(sqrt(n_words::float8 * o_words), 1)
      )::numeric, 3)::float8 AS score
      FROM cand
    ), top AS (
      SELECT * FROM scored WHERE score >= ${MIN_SCORE} ORDER BY score DESC, id LIMIT ${limit}
    )
    SELECT top.id, top.kind, top.title, top.organisation, top.countries,
      ARRAY(SELECT unnest(top.o_areas::text[]) INTERSECT SELECT unnest(s.ip_areas::text[]) ORDER BY 1) AS shared_areas,
      ARRAY(SELECT unnest(top.o_themes::text[]) INTERSECT SELECT unnest(s.themes::text[]) ORDER BY 1) AS shared_themes,
      top.same_type, top.support_type,
      ARRAY(SELECT unnest(top.o_forms::text[]) INTERSECT SELECT unnest(s.forms::text[]) ORDER BY 1) AS shared_forms,
      ARRAY(SELECT unnest(top.o_languages) INTERSECT SELECT unnest(s.languages) ORDER BY 1) AS shared_languages,
      ARRAY(SELECT unnest(top.o_places) INTERSECT SELECT unnest(p.subregions) ORDER BY 1) AS shared_subregions,
      ARRAY(SELECT unnest(top.o_places) INTERSECT SELECT unnest(p.regions) ORDER BY 1) AS shared_regions,
      top.south,
      ARRAY(SELECT unnest(top.o_tokens) INTERSECT SELECT unnest(s.title_tokens) ORDER BY 1) AS shared_words,
      top.score
    FROM top, s, p ORDER BY top.score DESC, top.id`;
}

export function suggestListings(id: string, limit: number, run: Run = sqlRows): Promise<ListingSuggestion[]> {
  return run<ListingSuggestion>(listingSuggestionsSql(id, limit));
}
