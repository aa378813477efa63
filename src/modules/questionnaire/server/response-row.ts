import "server-only";
import type { DbTx } from "@/lib/db";
import type { ResponseProgress, ResponseStatus } from "../constants";
import type { Answers } from "../answers";

export interface ResponseRow {
  id: string;
  status: ResponseStatus;
  version: number;
  answers: Answers;
  reference: string | null;
  review_comment: string | null;
  submitted_at: Date | null;
  accepted_at: Date | null;
  updated_at: Date;
  updated_by_name: string | null;
}

/** One country's response to a round (locked for the transaction when `lock`), or null. */
export async function responseRow(tx: Pick<DbTx, "$queryRawUnsafe">, roundId: string, country: string, { lock = false } = {}): Promise<ResponseRow | null> {
  const [row] = await tx.$queryRawUnsafe<ResponseRow[]>(
    `SELECT r.id::text, r.status::text AS status, r.version, r.answers, r.reference, r.review_comment, r.submitted_at, r.accepted_at, r.updated_at,
       (SELECT name FROM app_user u WHERE u.id = r.updated_by) AS updated_by_name
     FROM questionnaire_response r WHERE r.round_id = $1::uuid AND r.country = $2 ${lock ? "FOR UPDATE OF r" : ""}`,
    roundId,
    country,
  );
  return row ?? null;
}

/** A response as the API and pages give it; a country that has not started has version 0. */
export interface ResponseView {
  /** Null while the country has not started. */
  id: string | null;
  roundId: string;
  country: string;
  status: ResponseProgress;
  version: number;
  answers: Answers;
  reference: string | null;
  reviewComment: string | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export function toView(roundId: string, country: string, row: ResponseRow | null): ResponseView {
  return {
    id: row?.id ?? null,
    roundId,
    country,
    status: row?.status ?? "not_started",
    version: row?.version ?? 0,
    answers: row?.answers ?? {},
    reference: row?.reference ?? null,
    reviewComment: row?.review_comment ?? null,
    submittedAt: row?.submitted_at?.toISOString() ?? null,
    acceptedAt: row?.accepted_at?.toISOString() ?? null,
    updatedAt: row?.updated_at.toISOString() ?? null,
    updatedBy: row?.updated_by_name ?? null,
  };
}
