import "server-only";
import { db } from "@/lib/db";
import type { ResponseProgress } from "../constants";
import type { RoundSummary } from "./rounds";
import { listRounds } from "./rounds";

export interface CountryRound extends RoundSummary {
  progress: ResponseProgress;
  reference: string | null;
  updatedAt: string | null;
}

/** Every round with where one country's response stands (a focal point's overview). */
export async function roundsOfCountry(country: string): Promise<CountryRound[]> {
  const [rounds, rows] = await Promise.all([
    listRounds(),
    db().$queryRaw<{ round_id: string; status: string; reference: string | null; updated_at: Date }[]>`
      SELECT round_id::text, status::text AS status, reference, updated_at FROM questionnaire_response WHERE country = ${country}`,
  ]);
  const by = new Map(rows.map((r) => [r.round_id, r]));
  return rounds.map((round) => {
    const r = by.get(round.id);
    return { ...round, progress: (r?.status ?? "not_started") as ResponseProgress, reference: r?.reference ?? null, updatedAt: r?.updated_at.toISOString() ?? null };
  });
}
