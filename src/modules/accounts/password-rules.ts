import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./constants";

export type PasswordProblem = "too_short" | "too_long" | "common" | "contains_email";

let common: Set<string> | undefined;

/** The ~49,000 most common passwords shipped with zxcvbn-ts (from public breach corpora). */
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/** The password and the common words it is likely built from: "password123!" → "password". */
function guessableForms(lower: string): string[] {
  const forms = [lower, lower.replace(/[\d\W_]+$/u, ""), lower.replace(/^[\d\W_]+/u, "")];
  const repeated = /^(.+?)\1+$/u.exec(lower);
  if (repeated?.[1]) forms.push(repeated[1]);
  return forms.filter((f) => f.length >= 4);
}

export function passwordProblems(password: string, context: { email?: string } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push("too_short");
  if (length > PASSWORD_MAX_LENGTH) problems.push("too_long");
  const lower = password.toLowerCase();
  if (guessableForms(lower).some((form) => commonPasswords().has(form)) || /^\d+$/.test(lower)) problems.push("common");
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) problems.push("contains_email");
  return problems;
}
