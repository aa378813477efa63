import type { TFunction } from "i18next";
import { REFUSALS } from "@/lib/actions/refusals";
import type { Locale } from "@/lib/i18n/locales";
import { clientSubset, getT } from "@/lib/i18n/server";
import type { InterestStrings } from "./interest-forms";

/** matchmaking:errors.* as a plain map for client forms. */
export async function errorStrings(lng: Locale): Promise<Record<string, string>> {
  return (await clientSubset(lng, "matchmaking", ["errors"])).errors as Record<string, string>;
}

export function refusedStrings(tc: TFunction): Record<string, string> {
  return Object.fromEntries(REFUSALS.map((r) => [r, tc(`actionRefused.${r}`)]));
}

export async function interestStrings(lng: Locale): Promise<InterestStrings> {
  const [t, tc] = await Promise.all([getT(lng, "matchmaking"), getT(lng, "common")]);
  return {
    message: t("interest.message"),
    hint: t("interest.hint"),
    send: t("interest.send"),
    reply: t("interest.reply"),
    accept: t("interest.accept"),
    decline: t("interest.decline"),
    decision: t("interest.decision"),
    fixErrors: tc("actionRefused.fixErrors"),
    fieldError: t("form.fieldError", { field: "{{field}}", message: "{{message}}", interpolation: { escapeValue: false } }),
    refused: refusedStrings(tc),
    errors: await errorStrings(lng),
    fields: { message: t("interest.message"), reply: t("interest.reply"), decision: t("interest.decision") },
  };
}

/** A refused button form (it redirects back with ?refused=…&field=…&reason=…). */
export function refusalNotice({ t, tc, refused, field, reason }: { t: TFunction; tc: TFunction; refused: string; field: string; reason: string }) {
  const known = (REFUSALS as readonly string[]).includes(refused) ? refused : "fixErrors";
  return (
    <div role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
      <p>{tc(`actionRefused.${known}`)}</p>
      {field ? <p>{t("form.fieldError", { field: t(`form.fields.${field}`, { defaultValue: field }), message: t(`errors.${reason}`, { defaultValue: t("errors.invalid") }) })}</p> : null}
    </div>
  );
}
