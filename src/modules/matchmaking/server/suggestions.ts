import "server-only";
import { db, Prisma, sqlRows } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { formatList } from "@/lib/i18n/format";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { suggestActivities } from "@/modules/activities/server";
import type { CurrentUser } from "@/modules/accounts/server";
import { suggestConsultants } from "@/modules/consultants/server";
import { SUGGESTION_LIMIT } from "../constants";
import type { SuggestionReason, Suggestions } from "../schemas";
import { isOpen } from "../state-machine";
import { FORM_ACTIVITY_TYPES, SUGGESTION_WEIGHTS } from "../suggestion-weights";
import { actorsFor } from "./listing-access";
import { listingById } from "./listing-row";
import { labellerFor, type Labeller } from "./labels";
import { REGION_SPLIT, suggestListings, type ListingSuggestion, type Run } from "./suggest-listings";

/** How many of each kind a need shows besides the offers. */
const EXPERTS = 5;
const EVIDENCE = 5;

type Reasoner = (code: string, values: string[], extra?: Record<string, string | number>) => SuggestionReason;

async function reasonerFor(lng: Locale): Promise<{ reason: Reasoner; label: Labeller; activity: (key: string) => string }> {
  const [t, ta, label] = await Promise.all([getT(lng, "matchmaking"), getT(lng, "activities"), labellerFor(lng)]);
  return {
    label,
    activity: (key) => ta(key),
    reason: (code, values, extra = {}) => ({ code, values, text: t(`reasons.${code}`, { list: formatList(lng, values), ...extra }) }),
  };
}

function listingReasons(s: ListingSuggestion, { reason, label }: { reason: Reasoner; label: Labeller }): SuggestionReason[] {
  const out: SuggestionReason[] = [];
  const labelled = (facet: Parameters<Labeller>[0], values: string[]) => values.map((v) => label(facet, v));
  if (s.shared_areas.length) out.push({ ...reason("ipArea", labelled("ipArea", s.shared_areas)), values: s.shared_areas });
  if (s.shared_themes.length) out.push({ ...reason("theme", labelled("theme", s.shared_themes)), values: s.shared_themes });
  if (s.same_type) out.push({ ...reason("supportType", [label("supportType", s.support_type)]), values: [s.support_type] });
  if (s.shared_forms.length) out.push({ ...reason("form", labelled("form", s.shared_forms)), values: s.shared_forms });
  if (s.shared_subregions.length) out.push({ ...reason("region", labelled("region", s.shared_subregions.slice(0, 2))), values: s.shared_subregions });
  else if (s.shared_regions.length) out.push({ ...reason("region", labelled("region", s.shared_regions.slice(0, 2))), values: s.shared_regions });
  if (s.shared_languages.length) out.push({ ...reason("language", labelled("lang", s.shared_languages)), values: s.shared_languages });
  if (s.south && s.countries.length) out.push({ ...reason("south", labelled("country", s.countries.slice(0, 3))), values: s.countries });
  if (s.shared_words.length) out.push(reason("text", s.shared_words.slice(0, 5)));
  return out;
}

/**
 * Ranked suggestions for a listing (docs/MATCHMAKING.md, "Suggestions"): for a need, open
 * offers, roster experts and past South-South activities as evidence of who has done this;
 * for an offer, open needs. Every item says why, in the reader's language. A listing that is
 * not public has suggestions for its owners and the secretariat only (others: 404, as its page).
 */
export async function listingSuggestionsFor(id: string, user: CurrentUser | null, lng: Locale, run: Run = sqlRows): Promise<Suggestions> {
  const l = await listingById(db(), id);
  if (!l || (!isOpen(l.status) && l.status !== "matched" && actorsFor(user, l).length === 0)) throw notFound("No such listing");
  const r = await reasonerFor(lng);
  const [split] = await run<{ subregions: string[]; regions: string[] }>(Prisma.sql`${REGION_SPLIT} WHERE code::text = ANY(${l.place_regions}::text[])`);
  const subregions = split?.subregions ?? [];
  const regions = split?.regions ?? [];
  const w = SUGGESTION_WEIGHTS;
  const [listings, experts, evidence] = await Promise.all([
    suggestListings(id, SUGGESTION_LIMIT, run),
    l.kind === "need"
      ? suggestConsultants({ ipAreas: l.ip_areas, languages: l.languages, subregions, regions, weights: w, limit: EXPERTS }, run)
      : Promise.resolve([]),
    l.kind === "need"
      ? suggestActivities(
          { ipAreas: l.ip_areas, types: [...new Set(l.forms.flatMap((f) => FORM_ACTIVITY_TYPES[f]))], languages: l.languages, subregions, regions, titleTokens: [], weights: w, limit: EVIDENCE },
          run,
        )
      : Promise.resolve([]),
  ]);
  const items: Suggestions["items"] = [
    ...listings.map((s) => ({ kind: s.kind, id: s.id, title: pickLocalized(s.title, lng).text, score: s.score, reasons: listingReasons(s, r) })),
    ...experts.map((e) => {
      const reasons: SuggestionReason[] = [];
      if (e.shared_areas.length) reasons.push({ ...r.reason("ipArea", e.shared_areas.map((a) => r.label("ipArea", a))), values: e.shared_areas });
      reasons.push({
        ...r.reason("expert", [], {
          country: formatList(lng, e.nationalities.map((c) => r.label("country", c))),
          count: e.experience,
          areas: formatList(lng, e.shared_areas.map((a) => r.label("ipArea", a))),
        }),
        values: [...e.nationalities, String(e.experience)],
      });
      if (e.shared_languages.length) reasons.push({ ...r.reason("language", e.shared_languages.map((v) => r.label("lang", v))), values: e.shared_languages });
      return { kind: "consultant" as const, id: e.id, title: e.latin_name && e.latin_name !== e.full_name ? `${e.full_name} (${e.latin_name})` : e.full_name, score: e.score, reasons };
    }),
    ...evidence.map((a) => {
      const reasons: SuggestionReason[] = [];
      if (a.shared_areas.length) reasons.push({ ...r.reason("ipArea", a.shared_areas.map((v) => r.label("ipArea", v))), values: a.shared_areas });
      reasons.push({
        ...r.reason("evidence", [], {
          type: r.activity(`types.${a.type}`),
          modality: r.activity(`modalities.${a.modality.replace("_", "-")}`),
          countries: formatList(lng, a.beneficiary_countries.slice(0, 3).map((c) => r.label("country", c))),
          year: a.start_date.slice(0, 4),
        }),
        values: [a.type, a.modality.replace("_", "-"), ...a.beneficiary_countries],
      });
      return { kind: "activity" as const, id: a.id, title: pickLocalized(a.title, lng).text, score: a.score, reasons };
    }),
  ];
  items.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { items };
}
