/** What a form's server action returns: codes the form translates (accounts:messages.*, accounts:errors.*). */
export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** Submitted values to show again after an error (never passwords). */
  values?: Record<string, string>;
}

export const IDLE: FormState = { status: "idle" };

/** Only local paths, so ?next= cannot send anyone to another site. */
export function safeLocalPath(value: unknown, fallback: string): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value : fallback;
}
