import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { parseOrThrow } from "@/lib/api/query";
import { classifyError } from "@/lib/classify-error";
import type { AppError, ErrorKind } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { requestMeta, type RequestMeta } from "@/lib/request-meta";
import type { RefusalMessage } from "./refusals";

export type { RefusalMessage } from "./refusals";

const MESSAGE_OF: Record<ErrorKind, RefusalMessage> = {
  invalid_input: "fixErrors",
  unauthenticated: "signedOut",
  forbidden: "notAllowed",
  not_found: "notFound",
  conflict: "conflict",
  rate_limited: "rateLimited",
  unavailable: "unavailable",
};

export interface Refusal {
  kind: ErrorKind;
  message: RefusalMessage;
  /** Field name (as the form names it) → error code. */
  fieldErrors: Record<string, string>;
  /** For a stale edit: the record as it is now. */
  current?: unknown;
}

export function refusalOf(error: AppError): Refusal {
  const fieldErrors: Record<string, string> = {};
  for (const p of error.extra.invalidParams ?? []) fieldErrors[p.name.replace(/^body\./, "")] ??= p.reason;
  return { kind: error.kind, message: MESSAGE_OF[error.kind], fieldErrors, current: error.extra.current };
}

export interface ActionContext<I, A> {
  input: I;
  auth: A;
  form: FormData;
  meta: RequestMeta;
}

export interface ActionSpec<S extends z.ZodType | undefined, A, R> {
  /** Runs first; throws the taxonomy's unauthenticated/forbidden (e.g. requireAccess). */
  authorize?: () => Promise<A>;
  /** Parsed with `input(form)` (default: the form's entries); a failure names the fields. */
  schema?: S;
  input?: (form: FormData) => unknown;
  /** The state to answer with when refused; keep what the person typed in it. */
  refused: (refusal: Refusal, form: FormData) => R | Promise<R>;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * The one wrapper every server action goes through, as `apiRoute` is for routes: it
 * authorizes, parses with zod, runs the handler, and turns the taxonomy's errors (and the
 * database being away) into the form's state, so an expired session or an outage mid-form
 * is a message beside the typed values, never the error page. Redirects pass through;
 * anything else is a bug and is rethrown (logged) to the error page.
 */
export function formAction<S extends z.ZodType | undefined, A, R>(
  spec: ActionSpec<S, A, R>,
  handler: (ctx: ActionContext<Parsed<S>, A>) => Promise<R>,
): (previous: R, form: FormData) => Promise<R> {
  return async (_previous, form) => run(spec, handler, form);
}

/** The same for actions a form posts without keeping state (`<form action={…}>`): `refused` usually redirects. */
export function submitAction<S extends z.ZodType | undefined, A>(
  spec: ActionSpec<S, A, void>,
  handler: (ctx: ActionContext<Parsed<S>, A>) => Promise<void>,
): (form: FormData) => Promise<void> {
  return async (form) => run(spec, handler, form);
}

async function run<S extends z.ZodType | undefined, A, R>(spec: ActionSpec<S, A, R>, handler: (ctx: ActionContext<Parsed<S>, A>) => Promise<R>, form: FormData): Promise<R> {
  const meta = requestMeta(await headers());
  try {
    const auth = (spec.authorize ? await spec.authorize() : undefined) as A;
    const raw = spec.input ? spec.input(form) : Object.fromEntries(form);
    const input = (spec.schema ? parseOrThrow(spec.schema, raw) : undefined) as Parsed<S>;
    return await handler({ input, auth, form, meta });
  } catch (error) {
    unstable_rethrow(error);
    const known = classifyError(error);
    if (!known) {
      logger.error({ err: error, requestId: meta.requestId }, "server action failed");
      throw error;
    }
    if (known.kind === "unavailable") logger.warn({ err: error, requestId: meta.requestId }, "database unavailable");
    // The refusal's own redirect (if any) must escape this catch.
    return await spec.refused(refusalOf(known), form);
  }
}
