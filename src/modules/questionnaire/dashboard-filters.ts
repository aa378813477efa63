import { RESPONSE_STATUSES, type ResponseProgress } from "./constants";

/**
 * What the round dashboard reads from its address (components/dashboard-page.tsx): the countries
 * table's filters, sent by a GET form so they work without JavaScript, and the reminders' report
 * the reminders action redirects back with. Anything unknown is ignored, never an error.
 */
export type DashboardQuery = Record<string, string | string[] | undefined>;

const PROGRESS: readonly ResponseProgress[] = ["not_started", ...RESPONSE_STATUSES];

export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const iso2List = (v: string | string[] | undefined) => (one(v) ?? "").split(",").filter((c) => /^[A-Z]{2}$/.test(c));

export interface DashboardFilters {
  progress?: ResponseProgress;
  /** An M49 region code among the dashboard's regions. */
  region?: string;
  status?: "ldc" | "developing";
  /** Whether a country stays in the table. */
  keeps: (c: { progress: ResponseProgress; region: string; ldc: boolean }) => boolean;
}

export function dashboardFilters(query: DashboardQuery, regions: readonly string[]): DashboardFilters {
  const p = one(query.progress);
  const progress = PROGRESS.find((x) => x === p);
  const r = one(query.region);
  const region = r && regions.includes(r) ? r : undefined;
  const s = one(query.status);
  const status = s === "ldc" || s === "developing" ? s : undefined;
  return {
    progress,
    region,
    status,
    keeps: (c) => (!progress || c.progress === progress) && (!region || c.region === region) && (!status || (status === "ldc") === c.ldc),
  };
}

/** The reminders' report in the address (`reminded`, `recent`, `without`: comma-separated ISO codes), or null when there is none. */
export function dashboardReport(query: DashboardQuery): { reminded: string[]; recent: string[]; without: string[] } | null {
  if (one(query.reminded) === undefined) return null;
  return { reminded: iso2List(query.reminded), recent: iso2List(query.recent), without: iso2List(query.without) };
}
