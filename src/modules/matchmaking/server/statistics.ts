import "server-only";
import { sqlRows, Prisma } from "@/lib/db";

export interface MatchmakingStatistics {
  /** Listings published per year, by kind and type of support. */
  listingsByYear: { year: number; kind: string; supportType: string; count: number }[];
  /** Matches per year (of their start), by type and modality. */
  matchesByYear: { year: number; supportType: string; modality: string; count: number }[];
  /** Public listings and matches by M49 region of their countries, and by theme. */
  byRegion: { region: string; listings: number; matches: number }[];
  byTheme: { theme: string; listings: number; matches: number }[];
  /** The broker's own measure: days from publication to the first interest and to the match (median and 90th percentile). */
  timeTo: { firstInterest: { median: number | null; p90: number | null; n: number }; match: { median: number | null; p90: number | null; n: number } };
}

/** Matchmaking statistics over every listing ever published and every match (docs/MATCHMAKING.md, "Statistics"). */
export async function matchmakingStatistics(): Promise<MatchmakingStatistics> {
  const published = Prisma.sql`published_at IS NOT NULL`;
  const [byYear, matches, regions, themes, times] = await Promise.all([
    sqlRows<{ year: number; kind: string; support_type: string; n: number }>(Prisma.sql`
      SELECT extract(year FROM published_at)::int AS year, kind::text AS kind, support_type::text AS support_type, count(*)::int AS n
      FROM listing WHERE ${published} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`),
    sqlRows<{ year: number; support_type: string; modality: string; n: number }>(Prisma.sql`
      SELECT extract(year FROM starts_on)::int AS year, support_type::text AS support_type, replace(modality::text, '_', '-') AS modality, count(*)::int AS n
      FROM match GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`),
    sqlRows<{ region: string; listings: number; matches: number }>(Prisma.sql`
      WITH l AS (SELECT r, count(*)::int AS n FROM listing, unnest(place_regions) r WHERE ${published} GROUP BY 1),
           m AS (SELECT r, count(*)::int AS n FROM match, unnest(place_regions) r GROUP BY 1)
      SELECT g.code AS region, coalesce(l.n, 0) AS listings, coalesce(m.n, 0) AS matches
      FROM region g LEFT JOIN l ON l.r = g.code LEFT JOIN m ON m.r = g.code
      WHERE g.level = 'region' ORDER BY g.code`),
    sqlRows<{ theme: string; listings: number; matches: number }>(Prisma.sql`
      WITH t AS (SELECT unnest(enum_range(NULL::"Theme"))::text AS theme),
           l AS (SELECT th::text AS theme, count(*)::int AS n FROM listing, unnest(themes) th WHERE ${published} GROUP BY 1),
           m AS (SELECT th::text AS theme, count(*)::int AS n FROM match, unnest(themes) th GROUP BY 1)
      SELECT t.theme, coalesce(l.n, 0) AS listings, coalesce(m.n, 0) AS matches FROM t LEFT JOIN l USING (theme) LEFT JOIN m USING (theme)`),
    sqlRows<{ what: string; median: number | null; p90: number | null; n: number }>(Prisma.sql`
      SELECT 'firstInterest' AS what,
        round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_interest_at - published_at) / 86400)::numeric, 1)::float8 AS median,
        round(percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_interest_at - published_at) / 86400)::numeric, 1)::float8 AS p90,
        count(*)::int AS n
      FROM listing WHERE published_at IS NOT NULL AND first_interest_at IS NOT NULL
      UNION ALL
      SELECT 'match',
        round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM matched_at - published_at) / 86400)::numeric, 1)::float8,
        round(percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM matched_at - published_at) / 86400)::numeric, 1)::float8,
        count(*)::int
      FROM listing WHERE published_at IS NOT NULL AND matched_at IS NOT NULL`),
  ]);
  const time = (what: string) => {
    const t = times.find((r) => r.what === what);
    return { median: t?.median ?? null, p90: t?.p90 ?? null, n: t?.n ?? 0 };
  };
  return {
    listingsByYear: byYear.map((r) => ({ year: r.year, kind: r.kind, supportType: r.support_type, count: r.n })),
    matchesByYear: matches.map((r) => ({ year: r.year, supportType: r.support_type, modality: r.modality, count: r.n })),
    byRegion: regions,
    byTheme: themes,
    timeTo: { firstInterest: time("firstInterest"), match: time("match") },
  };
}
