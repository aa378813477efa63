/**
 * The portal's error taxonomy: every failure a module can report on purpose.
 * The API wrapper maps each kind to an HTTP status and an RFC 9457 problem.
 * Anything else that is thrown is a bug and becomes a 500 without details.
 */
export type ErrorKind =
  | "invalid_input"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "unavailable";

export const STATUS_OF: Record<ErrorKind, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

export const TITLE_OF: Record<ErrorKind, string> = {
  invalid_input: "Invalid request parameters",
  unauthenticated: "Authentication required",
  forbidden: "Forbidden",
  not_found: "Not found",
  conflict: "Conflict",
  rate_limited: "Too many requests",
  unavailable: "Service unavailable",
};

/** One field that failed validation, named as the client sent it. */
export interface InvalidParam {
  name: string;
  reason: string;
}

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly extra: { invalidParams?: InvalidParam[]; retryAfterSeconds?: number; current?: unknown } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const invalidInput = (params: InvalidParam[], message?: string) =>
  new AppError("invalid_input", message ?? `Invalid ${params.map((p) => p.name).join(", ")}`, {
    invalidParams: params,
  });
export const notFound = (message = "Not found") => new AppError("not_found", message);
export const unauthenticated = (message = "Sign in first") => new AppError("unauthenticated", message);
export const forbidden = (message = "You may not do this") => new AppError("forbidden", message);
export const unavailable = (message: string) => new AppError("unavailable", message);
/** `current`: the record as it is now, so a client whose edit was stale can show both. */
export const conflict = (message: string, current?: unknown) => new AppError("conflict", message, current === undefined ? {} : { current });
