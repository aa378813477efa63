import { toSearchParams } from "@/lib/api/query";
import type { Locale } from "@/lib/i18n/locales";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { requirePageAccess } from "@/modules/accounts/server";
import { MATCH_STATUSES, ORGANISATION_TYPES, PARTY_ROLES, SUPPORT_TYPES } from "../constants";
import { recordMatchAction } from "../actions/matches";
import { partyRowsOf, PARTY_ROWS } from "../match-form";

/**
 * The brokering view: record that parties agreed to work together. A JS-free form; a refusal
 * comes back with every value and the first wrong field named. `?need=…&offer=…` prefills two
 * parties (the listing page links here).
 */
export async function RecordMatchPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, string | string[]> }) {
  await requirePageAccess(lng, "matchmaking.matches.manage", `/${lng}/matchmaking/matches/new`);
  const [t, tc] = await Promise.all([getT(lng, "matchmaking"), getT(lng, "common")]);
  const q = toSearchParams(searchParams);
  if (q.get("need") && !q.get("party0_listing")) {
    q.set("party0_role", "beneficiary");
    q.set("party0_listing", q.get("need")!);
  }
  if (q.get("offer") && !q.get("party1_listing")) {
    q.set("party1_role", "provider");
    q.set("party1_listing", q.get("offer")!);
  }
  const v = (name: string) => q.get(name) ?? "";
  const refused = v("refused");
  const field = v("field");
  // parties.<k>.<name> is the k-th filled row.
  const rows = partyRowsOf(q);
  const fieldId = (() => {
    const m = field.match(/^parties\.(\d+)\.(\w+)$/);
    if (m) return `party${rows[Number(m[1])] ?? 0}_${{ listingId: "listing", consultantId: "consultant", organisationType: "type" }[m[2]!] ?? m[2]}`;
    return field.split(".")[0] ?? "";
  })();
  const error = refused ? (field ? t(`errors.${v("reason")}`, { defaultValue: t("errors.invalid") }) : tc(`actionRefused.${refused}`, { defaultValue: tc("actionRefused.fixErrors") })) : "";
  const err = (id: string) => (fieldId === id || (id === "parties" && field === "parties") ? <p id={`${id}-error`} className="text-sm text-red-800">{error}</p> : null);
  const described = (id: string) => (fieldId === id ? { "aria-describedby": `${id}-error`, "aria-invalid": true as const } : {});
  const input = "mt-1 block w-full rounded border border-slate-400 p-1";
  const titleLocales = [...new Set([lng, "en" as Locale])];
  return (
    <section className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("broker.title")}</h1>
      <p className="mt-2 text-slate-700">{t("broker.lead")}</p>
      {refused ? (
        <div role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p>{tc("actionRefused.fixErrors")}</p>
          {error ? <p>{error}</p> : null}
        </div>
      ) : null}
      <form action={recordMatchAction} className="mt-6 space-y-4">
        <input type="hidden" name="lng" value={lng} />
        <label className="block">
          <span className="font-semibold">{t("broker.supportType")}</span>
          <select name="supportType" defaultValue={v("supportType")} className={input} required {...described("supportType")}>
            <option value="">{t("broker.choose")}</option>
            {SUPPORT_TYPES.map((s) => <option key={s} value={s}>{t(`supportTypes.${s}`)}</option>)}
          </select>
          {err("supportType")}
        </label>
        {titleLocales.map((l) => (
          <label key={l} className="block">
            <span className="font-semibold">{t("broker.titleIn", { language: LOCALE_NAMES[l] })}</span>
            <input name={`title_${l}`} defaultValue={v(`title_${l}`)} lang={l} dir="auto" className={input} {...described("title")} />
          </label>
        ))}
        {err("title")}
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="block">
            <span className="font-semibold">{t("broker.startsOn")}</span>
            <input type="date" name="startsOn" defaultValue={v("startsOn")} className={input} required {...described("startsOn")} />
            {err("startsOn")}
          </label>
          <label className="block">
            <span className="font-semibold">{t("broker.status")}</span>
            <select name="status" defaultValue={v("status") || "agreed"} className={input}>
              {MATCH_STATUSES.map((s) => <option key={s} value={s}>{t(`matchStatuses.${s}`)}</option>)}
            </select>
          </label>
        </div>
        <fieldset className="rounded border border-slate-300 p-3">
          <legend className="px-1 font-semibold">{t("broker.parties")}</legend>
          <p className="text-sm text-slate-700">{t("broker.partiesHint")}</p>
          {err("parties")}
          {Array.from({ length: PARTY_ROWS }, (_, i) => (
            <fieldset key={i} className="mt-3 grid gap-2 border-t border-slate-200 pt-2 sm:grid-cols-3">
              <legend className="sr-only">{t("broker.party", { n: i + 1 })}</legend>
              <label className="block text-sm">
                <span>{t("broker.role")} {i + 1}</span>
                <select name={`party${i}_role`} defaultValue={v(`party${i}_role`) || (i === 0 ? "beneficiary" : "provider")} className={input}>
                  {PARTY_ROLES.map((r) => <option key={r} value={r}>{t(`partyRoles.${r}`)}</option>)}
                </select>
              </label>
              {(["listing", "consultant", "organisation"] as const).map((f) => (
                <label key={f} className="block text-sm">
                  <span>{t(`broker.${f}`)}</span>
                  <input name={`party${i}_${f}`} defaultValue={v(`party${i}_${f}`)} dir="auto" className={input} {...described(`party${i}_${f}`)} />
                  {err(`party${i}_${f}`)}
                </label>
              ))}
              <label className="block text-sm">
                <span>{t("broker.organisationType")}</span>
                <select name={`party${i}_type`} defaultValue={v(`party${i}_type`)} className={input}>
                  <option value="">—</option>
                  {ORGANISATION_TYPES.map((o) => <option key={o} value={o}>{t(`broker.organisationTypes.${o}`)}</option>)}
                </select>
              </label>
              <label className="block text-sm">
                <span>{t("broker.country")}</span>
                <input name={`party${i}_country`} defaultValue={v(`party${i}_country`)} maxLength={2} className={input} {...described(`party${i}_country`)} />
                {err(`party${i}_country`)}
              </label>
            </fieldset>
          ))}
        </fieldset>
        <label className="block">
          <span className="font-semibold">{t("broker.activityIds")}</span>
          <input name="activityIds" defaultValue={v("activityIds")} className={input} {...described("activityIds")} />
          {err("activityIds")}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="isPublic" defaultChecked={v("isPublic") === "on"} />
          <span>{t("broker.isPublic")}</span>
        </label>
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">{t("broker.save")}</button>
      </form>
    </section>
  );
}
