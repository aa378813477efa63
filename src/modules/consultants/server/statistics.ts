import "server-only";
import { Prisma } from "@/lib/db";
import type { IpArea } from "@/modules/activities/constants";
import { appRunner, type SqlRunner } from "./sql-runner";

/** The five M49 regions (Africa, Americas, Asia, Europe, Oceania). */
export const STAT_REGIONS = ["002", "019", "142", "150", "009"] as const;

/** A profile's development class: the most southern of its nationalities. */
export const DEVELOPMENT_CLASSES = ["ldc", "developing", "transition", "developed"] as const;
export type DevelopmentClass = (typeof DEVELOPMENT_CLASSES)[number];

export const GENDER_CLASSES = ["female", "male", "other", "not_stated"] as const;
export type GenderClass = (typeof GENDER_CLASSES)[number];

export interface ConsultantStatistics {
  /** Approved profiles. */
  total: number;
  /** Per M49 region of a nationality: a profile with nationalities in two regions counts in each. */
  byRegion: { code: string; count: number }[];
  /** Each profile once, by the most southern of its nationalities (LDC, other developing, in transition, developed). */
  byStatus: { status: DevelopmentClass; count: number }[];
  /** Per IP area: a profile counts in each of its areas. */
  byIpArea: { area: IpArea; count: number }[];
  /** Aggregated counts only: never per person. */
  byGender: { gender: GenderClass; count: number }[];
  /**
   * The programme's indicator: per year an assignment started, the assignments (of approved
   * profiles, to activities not cancelled) and how many went to experts with a nationality of a
   * developing country or an LDC (`south`), and of an LDC (`ldc`).
   */
  byYear: { year: number; total: number; south: number; ldc: number }[];
}

/** How long the figures are reused: they scan every approved profile (about 0.2 s at 100,000). */
export const STATISTICS_MAX_AGE_MS = 60_000;
let memo: { at: number; value: Promise<ConsultantStatistics> } | undefined;

/**
 * The roster in figures, over approved profiles only (stale ones included: they are still on the
 * roster). Gender is only ever aggregated here. Each statement reads the approved profiles once
 * (the partial indexes' status literal), the last one the assignments with their activities.
 * The app's answer is kept for STATISTICS_MAX_AGE_MS (a minute late is fine for figures; the
 * search's counts are never cached); `fresh` or another runner reads the database.
 */
export function consultantStatistics(run: SqlRunner = appRunner, { fresh = false }: { fresh?: boolean } = {}): Promise<ConsultantStatistics> {
  if (run !== appRunner) return readStatistics(run);
  const now = Date.now();
  if (fresh || !memo || now - memo.at > STATISTICS_MAX_AGE_MS) {
    const value = readStatistics(run);
    memo = { at: now, value };
    value.catch(() => {
      if (memo?.value === value) memo = undefined;
    });
  }
  return memo.value;
}

async function readStatistics(run: SqlRunner): Promise<ConsultantStatistics> {
  const [statusRows, regionRows, areaRows, genderRows, yearRows] = await Promise.all([
    run<{ status: DevelopmentClass; count: number }>(Prisma.sql`
      SELECT CASE WHEN 'ldc' = ANY(nationality_statuses) THEN 'ldc'
                  WHEN 'developing' = ANY(nationality_statuses) THEN 'developing'
                  WHEN 'transition' = ANY(nationality_statuses) THEN 'transition'
                  ELSE 'developed' END AS status,
             count(*)::int AS count
      FROM consultant WHERE status = 'approved' GROUP BY 1`),
    run<{ code: string; count: number }>(Prisma.sql`
      SELECT r AS code, count(*)::int AS count
      FROM consultant, unnest(nationality_regions) r
      WHERE status = 'approved' AND r = ANY(${[...STAT_REGIONS]}::text[])
      GROUP BY r ORDER BY count DESC, r`),
    run<{ area: IpArea; count: number }>(Prisma.sql`
      SELECT a::text AS area, count(*)::int AS count
      FROM consultant, unnest(ip_areas) a
      WHERE status = 'approved'
      GROUP BY a ORDER BY count DESC, a::text`),
    run<{ gender: GenderClass; count: number }>(Prisma.sql`
      SELECT coalesce(gender::text, 'not_stated') AS gender, count(*)::int AS count
      FROM consultant WHERE status = 'approved' GROUP BY 1`),
    run<{ year: number; total: number; south: number; ldc: number }>(Prisma.sql`
      SELECT extract(year FROM a.starts_on)::int AS year, count(*)::int AS total,
             (count(*) FILTER (WHERE c.nationality_statuses && ARRAY['developing', 'ldc']::text[]))::int AS south,
             (count(*) FILTER (WHERE 'ldc' = ANY(c.nationality_statuses)))::int AS ldc
      FROM consultant_assignment a
      JOIN consultant c ON c.id = a.consultant_id AND c.status = 'approved'
      JOIN activity ac ON ac.id = a.activity_id AND ac.status <> 'cancelled'
      GROUP BY 1 ORDER BY 1`),
  ]);
  const statusCount = new Map(statusRows.map((r) => [r.status, Number(r.count)]));
  const genderCount = new Map(genderRows.map((r) => [r.gender, Number(r.count)]));
  return {
    total: statusRows.reduce((n, r) => n + Number(r.count), 0),
    byRegion: regionRows.map((r) => ({ code: r.code, count: Number(r.count) })),
    byStatus: DEVELOPMENT_CLASSES.map((status) => ({ status, count: statusCount.get(status) ?? 0 })),
    byIpArea: areaRows.map((r) => ({ area: r.area, count: Number(r.count) })),
    byGender: GENDER_CLASSES.map((gender) => ({ gender, count: genderCount.get(gender) ?? 0 })),
    byYear: yearRows.map((r) => ({ year: Number(r.year), total: Number(r.total), south: Number(r.south), ldc: Number(r.ldc) })),
  };
}
