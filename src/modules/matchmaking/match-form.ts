import { LOCALES } from "@/lib/i18n/locales";

/** How many party rows the record-a-match form offers (empty rows are ignored). */
export const PARTY_ROWS = 5;

const str = (form: Pick<URLSearchParams, "get">, name: string) => String(form.get(name) ?? "").trim();
const orNull = (v: string) => (v === "" ? null : v);

/**
 * The record-a-match form's fields as the input matchInputSchema parses: a title per locale,
 * party rows `party<i>_role|listing|consultant|organisation|type|country` (a row with neither
 * listing, consultant nor organisation is no party), activity ids separated by spaces or commas.
 */
export function formToMatchInput(form: Pick<URLSearchParams, "get">): Record<string, unknown> {
  const title = Object.fromEntries(LOCALES.map((l) => [l, str(form, `title_${l}`)]).filter(([, v]) => v !== ""));
  const outcome = Object.fromEntries(LOCALES.map((l) => [l, str(form, `outcome_${l}`)]).filter(([, v]) => v !== ""));
  const parties = [];
  for (let i = 0; i < PARTY_ROWS; i++) {
    const listingId = orNull(str(form, `party${i}_listing`));
    const consultantId = orNull(str(form, `party${i}_consultant`));
    const organisation = str(form, `party${i}_organisation`);
    if (!listingId && !consultantId && !organisation) continue;
    parties.push({
      role: str(form, `party${i}_role`),
      listingId,
      consultantId,
      organisation,
      organisationType: orNull(str(form, `party${i}_type`)),
      country: orNull(str(form, `party${i}_country`).toUpperCase()),
    });
  }
  const activities = str(form, "activityIds");
  return {
    supportType: str(form, "supportType"),
    title,
    outcome,
    status: str(form, "status") || "agreed",
    startsOn: str(form, "startsOn"),
    isPublic: form.get("isPublic") === "on",
    parties,
    activityIds: activities ? activities.split(/[\s,]+/).filter(Boolean) : [],
  };
}

/**
 * Where a refused field's error shows: `parties.<k>.<field>` names the k-th non-empty party,
 * which is form row `rows[k]`.
 */
export function partyRowsOf(form: Pick<URLSearchParams, "get">): number[] {
  const rows: number[] = [];
  for (let i = 0; i < PARTY_ROWS; i++) {
    if (str(form, `party${i}_listing`) || str(form, `party${i}_consultant`) || str(form, `party${i}_organisation`)) rows.push(i);
  }
  return rows;
}
