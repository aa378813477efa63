import { AppError, STATUS_OF, TITLE_OF, type InvalidParam } from "@/lib/errors";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** RFC 9457 problem details, with the invalid-params extension for validation errors. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  invalidParams?: InvalidParam[];
  /** On a 409 from a stale edit: the record as it is now. */
  current?: unknown;
}

const TYPE_BASE = "https://ss-ip-portal.example/problems/";

export function problemFor(error: AppError, instance: string, requestId: string): Problem {
  return {
    type: TYPE_BASE + error.kind.replace(/_/g, "-"),
    title: TITLE_OF[error.kind],
    status: STATUS_OF[error.kind],
    detail: error.message,
    instance,
    requestId,
    ...(error.extra.invalidParams ? { invalidParams: error.extra.invalidParams } : {}),
    ...(error.extra.current !== undefined ? { current: error.extra.current } : {}),
  };
}

export function internalProblem(instance: string, requestId: string): Problem {
  return {
    type: TYPE_BASE + "internal",
    title: "Internal error",
    status: 500,
    detail: "An unexpected error occurred; quote the request id when reporting it.",
    instance,
    requestId,
  };
}

export function problemResponse(problem: Problem, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, "cache-control": "no-store", ...headers },
  });
}
