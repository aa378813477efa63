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

export function issuesToParams(error: z.ZodError, prefix = ""): InvalidParam[] {
  return error.issues.map((issue) => ({
    name: prefix + (issue.path.filter((p) => typeof p !== "symbol").join(".") || "(root)"),
    reason: issue.message,
  }));
}

/** Parses with zod; a failure becomes a 400 naming every offending field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, prefix = ""): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(issuesToParams(result.error, prefix));
  return result.data;
}
