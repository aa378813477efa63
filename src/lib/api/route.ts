import "server-only";
import { createHash } from "node:crypto";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { classifyError } from "@/lib/classify-error";
import { invalidInput } from "@/lib/errors";
import { logger, type Logger } from "@/lib/logger";
import { internalProblem, problemFor, problemResponse } from "./problem";
import { parseOrThrow, searchParamsToObject } from "./query";
import { requestIdFrom } from "./request-id";

const MAX_BODY_BYTES = 1_000_000;

export interface RouteContext<Q, P, B, A = undefined> {
  req: NextRequest;
  /** What `authorize` returned (e.g. the signed-in user). */
  auth: A;
  query: Q;
  params: P;
  body: B;
  requestId: string;
  log: Logger;
}

export interface RouteSpec<QS extends z.ZodType, PS extends z.ZodType, BS extends z.ZodType, A> {
  query?: QS;
  params?: PS;
  body?: BS;
  /**
   * Runs after the path and query are parsed and before the body is read:
   * throws `unauthenticated` or `forbidden` (src/lib/errors) to refuse, so a
   * visitor gets 401 whatever body they send. Its result is `ctx.auth`.
   */
  authorize?: (ctx: { req: NextRequest; params: Out<PS>; query: Out<QS> }) => Promise<A> | A;
  /**
   * Conditional GET. `version` names the data the answer is built from (e.g. a table's
   * data version): when If-None-Match holds it, the answer is 304 and the handler does not
   * run. `fromBody` tags a 200 JSON answer with a hash of its bytes (cheap data, no version
   * to read). A handler may also set its own ETag; any matching one turns into 304.
   */
  etag?: { version: (ctx: { params: Out<PS>; query: Out<QS> }) => Promise<string> } | "fromBody";
  /** Cache-Control of 200 and 304 answers (unless the handler sets its own). */
  cacheControl?: string;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler may return: a Response as is, or a value sent as JSON with status 200. */
export type HandlerResult = Response | object;

/** If-None-Match names `etag` (weak comparison, RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((t) => bare(t) === bare(etag));
}

function notModified(etag: string, cacheControl: string | null): Response {
  const headers = new Headers({ etag });
  if (cacheControl) headers.set("cache-control", cacheControl);
  return new Response(null, { status: 304, headers });
}

/** A 200 answer with its ETag (or the handler's), as 304 when the client already holds it. */
async function withValidator(req: NextRequest, response: Response, spec: { etag?: unknown; cacheControl?: string }, versionTag: string | null): Promise<Response> {
  if (response.status !== 200) return response;
  if (spec.cacheControl && !response.headers.has("cache-control")) response.headers.set("cache-control", spec.cacheControl);
  let tagged = response;
  if (!tagged.headers.has("etag")) {
    if (versionTag) tagged.headers.set("etag", versionTag);
    else if (spec.etag === "fromBody") {
      const bytes = new Uint8Array(await response.arrayBuffer());
      const headers = new Headers(response.headers);
      headers.set("etag", `W/"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`);
      tagged = new Response(bytes, { status: 200, headers });
    }
  }
  const etag = tagged.headers.get("etag");
  if (etag && etagMatches(req.headers.get("if-none-match"), etag)) return notModified(etag, tagged.headers.get("cache-control"));
  return tagged;
}

async function readJson(req: NextRequest): Promise<unknown> {
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) throw invalidInput([{ name: "body", reason: "Body is too large" }]);
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw invalidInput([{ name: "body", reason: "Body is not valid JSON" }]);
  }
}

/**
 * The one wrapper every API route handler goes through: it parses params, query
 * and body with zod (400 naming the field), runs the authorization hook, maps
 * the error taxonomy to RFC 9457 problems, and tags the response and the log
 * with a request id. Nothing a client sends can turn into a 500.
 */
export function apiRoute<
  QS extends z.ZodType = z.ZodType<undefined>,
  PS extends z.ZodType = z.ZodType<undefined>,
  BS extends z.ZodType = z.ZodType<undefined>,
  A = undefined,
>(
  spec: RouteSpec<QS, PS, BS, A>,
  handler: (ctx: RouteContext<Out<QS>, Out<PS>, Out<BS>, A>) => Promise<HandlerResult> | HandlerResult,
) {
  return async (req: NextRequest, segment?: { params?: Promise<Record<string, string | string[]>> }) => {
    const requestId = requestIdFrom(req.headers);
    const instance = req.nextUrl.pathname;
    const log = logger.child({ requestId, method: req.method, path: instance });
    const started = performance.now();
    let response: Response;
    try {
      const rawParams = (await segment?.params) ?? {};
      const params = (spec.params ? parseOrThrow(spec.params, rawParams) : undefined) as Out<PS>;
      const query = (spec.query ? parseOrThrow(spec.query, searchParamsToObject(req.nextUrl.searchParams), { flat: true }) : undefined) as Out<QS>;
      const auth = (spec.authorize ? await spec.authorize({ req, params, query }) : undefined) as A;
      const conditional = req.method === "GET" || req.method === "HEAD";
      const versionTag = conditional && spec.etag && spec.etag !== "fromBody" ? `W/"${await spec.etag.version({ params, query })}"` : null;
      if (versionTag && etagMatches(req.headers.get("if-none-match"), versionTag)) {
        response = notModified(versionTag, spec.cacheControl ?? null);
      } else {
        const body = (spec.body ? parseOrThrow(spec.body, await readJson(req)) : undefined) as Out<BS>;
        const result = await handler({ req, requestId, log, params, query, body, auth });
        response = result instanceof Response ? result : Response.json(result);
        if (conditional) response = await withValidator(req, response, spec, versionTag);
      }
    } catch (error) {
      const known = classifyError(error);
      if (known) {
        const headers: Record<string, string> = {};
        if (known.extra.retryAfterSeconds) headers["retry-after"] = String(known.extra.retryAfterSeconds);
        response = problemResponse(problemFor(known, instance, requestId), headers);
        if (known.kind === "unavailable") log.warn({ err: error }, "database unavailable");
        else log.info({ kind: known.kind, detail: known.message }, "request refused");
      } else {
        log.error({ err: error }, "unhandled error");
        response = problemResponse(internalProblem(instance, requestId));
      }
    }
    response.headers.set("x-request-id", requestId);
    log.debug({ status: response.status, ms: Math.round(performance.now() - started) }, "request done");
    return response;
  };
}
