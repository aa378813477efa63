import type { Refusal } from "@/lib/actions/form-action";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { FormState } from "../form-state";

export const str = (form: FormData, key: string) => String(form.get(key) ?? "");

/** The form's `lng`, only if it is one of ours (it ends up in redirect paths). */
export const lngOf = (form: FormData): Locale => {
  const lng = str(form, "lng");
  return isLocale(lng) ? lng : "en";
};

/** Everything the person typed but passwords, to show again. */
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === "string" && !/password|^\$ACTION|^lng$|^token$/i.test(key)) values[key] = value;
  return values;
}

/** How every accounts form answers a refusal: the message, the fields and what was typed. */
export const refusedState = (refusal: Refusal, form: FormData): FormState => ({
  status: "error",
  message: refusal.message,
  fieldErrors: refusal.fieldErrors,
  values: typedValues(form),
});
