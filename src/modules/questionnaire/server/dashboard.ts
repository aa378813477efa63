import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { placeNames } from "@/modules/countries/server";
import type { ResponseProgress } from "../constants";
import { getRound, type RoundSummary } from "./rounds";

export interface DashboardCountry {
  iso2: string;
  /** ISO 3166 numeric code (the M49 code of a country), which world topologies key their shapes by. */
  m49: string;
  name: string;
  region: string;
  regionName: string;
  ldc: boolean;
  progress: ResponseProgress;
  reference: string | null;
  submittedAt: string | null;
  updatedAt: string | null;
  lastReminderAt: string | null;
  focalPoints: number;
}

export type ProgressCounts = Record<ResponseProgress, number>;

export interface RoundDashboard {
  round: RoundSummary;
  countries: DashboardCountry[];
  totals: ProgressCounts;
  byRegion: { region: string; name: string; counts: ProgressCounts }[];
  /** LDCs, and the other developing countries. */
  byStatus: { ldc: ProgressCounts; developing: ProgressCounts };
}

const empty = (): ProgressCounts => ({ not_started: 0, draft: 0, submitted: 0, returned: 0, accepted: 0 });

/**
 * Where a round stands, country by country: every developing country and LDC with its
 * response's progress (no row: not started), its last reminder and how many focal points it
 * has; counted by region and by development status. One query over the ~150 invited countries.
 */
export async function roundDashboard(roundId: string, lng: Locale): Promise<RoundDashboard> {
  const round = await getRound(roundId);
  const rows = await db().$queryRaw<
    { iso2: string; m49: string; region_code: string; ldc: boolean; status: string | null; reference: string | null; submitted_at: Date | null; updated_at: Date | null; last_reminder: Date | null; focal_points: number }[]
  >`
    SELECT c.iso2, c.m49, c.region_code, c.ldc, r.status::text AS status, r.reference, r.submitted_at, r.updated_at,
      (SELECT max(sent_at) FROM questionnaire_reminder m WHERE m.round_id = ${roundId}::uuid AND m.country = c.iso2) AS last_reminder,
      (SELECT count(*)::int FROM app_user u WHERE u.active AND 'focal_point' = ANY(u.roles) AND u.focal_point_country = c.iso2) AS focal_points
    FROM country c LEFT JOIN questionnaire_response r ON r.round_id = ${roundId}::uuid AND r.country = c.iso2
    WHERE c.development_status = 'developing'`;
  const names = await placeNames(lng);
  const collator = new Intl.Collator(lng);
  const countries: DashboardCountry[] = rows
    .map((r) => ({
      iso2: r.iso2,
      m49: r.m49,
      name: names.country(r.iso2),
      region: r.region_code,
      regionName: names.region(r.region_code),
      ldc: r.ldc,
      progress: (r.status ?? "not_started") as ResponseProgress,
      reference: r.reference,
      submittedAt: r.submitted_at?.toISOString() ?? null,
      updatedAt: r.updated_at?.toISOString() ?? null,
      lastReminderAt: r.last_reminder?.toISOString() ?? null,
      focalPoints: r.focal_points,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const totals = empty();
  const regions = new Map<string, { region: string; name: string; counts: ProgressCounts }>();
  const byStatus = { ldc: empty(), developing: empty() };
  for (const c of countries) {
    totals[c.progress]++;
    const region = regions.get(c.region) ?? { region: c.region, name: c.regionName, counts: empty() };
    region.counts[c.progress]++;
    regions.set(c.region, region);
    byStatus[c.ldc ? "ldc" : "developing"][c.progress]++;
  }
  const byRegion = [...regions.values()].sort((a, b) => collator.compare(a.name, b.name));
  const { definition: _definition, versionId: _versionId, ...summary } = round;
  return { round: summary, countries, totals, byRegion, byStatus };
}
