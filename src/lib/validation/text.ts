import { z } from "zod";

/**
 * The shared string schemas every module's input goes through. PostgreSQL refuses
 * NUL in text and jsonb (a 500 if it reaches a statement), and other C0 controls are
 * never meant in a name, a title or a paragraph, so they are refused here, once, with
 * a code the forms translate (`control_characters`) and the API names the field for.
 */
// Tab, line feed and carriage return are allowed in multi-line text only.
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F]/;
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const hasControlCharacters = (value: string, { multiline = false } = {}) =>
  (multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).test(value);

/** Removes what `line()` refuses: for search boxes, where refusing would only annoy. */
export const stripControlCharacters = (value: string) => value.replace(/[\u0000-\u001F\u007F]+/g, " ");

interface TextOptions {
  max: number;
  /** Default 0: an empty string is allowed (make it `.optional()` or set `min: 1`). */
  min?: number;
}

/** One line of text (a name, a title, a reference), trimmed. */
export function line({ max, min = 0 }: TextOptions) {
  let schema = z
    .string({ error: "required" })
    .refine((v) => !hasControlCharacters(v), { error: "control_characters", abort: true })
    .trim()
    .max(max, { error: "too_long" });
  if (min > 0) schema = schema.min(min, { error: "required" });
  return schema;
}

/** Multi-line text (a description, a bio), trimmed; tabs and line breaks allowed. */
export function text({ max, min = 0 }: TextOptions) {
  let schema = z
    .string({ error: "required" })
    .refine((v) => !hasControlCharacters(v, { multiline: true }), { error: "control_characters", abort: true })
    .trim()
    .max(max, { error: "too_long" });
  if (min > 0) schema = schema.min(min, { error: "required" });
  return schema;
}

/** A free-text search query: controls become spaces, then trimmed and capped. */
export function searchQuery({ max }: { max: number }) {
  return z
    .string()
    .transform((v) => stripControlCharacters(v).trim())
    .pipe(z.string().max(max, { error: "too_long" }));
}
