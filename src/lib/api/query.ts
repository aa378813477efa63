import type { z } from "zod";
import { invalidInput, type InvalidParam } from "@/lib/errors";

/** Query string to a plain object: a repeated key becomes an array, a single one a string. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length > 1 ? values : values[0]!;
  }
  return out;
}

/**
 * Names each failing field as the client wrote it. Query parameters are flat:
 * `?type=a&type=b` failing on its second value is still the parameter `type`.
 */
export function issuesToParams(error: z.ZodError, { flat = false } = {}): InvalidParam[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p) => typeof p !== "symbol");
    return { name: (flat ? path.slice(0, 1) : path).join(".") || "(root)", reason: issue.message };
  });
}

/** Parses with zod; a failure becomes a 400 naming every offending field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, options: { flat?: boolean } = {}): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(issuesToParams(result.error, options));
  return result.data;
}

/** A search page's parameters (Next.js's searchParams) as one URLSearchParams (repeated values kept, empty ones and `lng` dropped). */
export function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) {
    if (k === "lng" || v === undefined) continue;
    for (const one of [v].flat()) if (one !== "") params.append(k, one);
  }
  return params;
}
