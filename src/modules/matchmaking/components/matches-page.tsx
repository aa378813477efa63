import { searchParamsToObject, toSearchParams } from "@/lib/api/query";
import { dateFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { MODALITIES } from "@/modules/activities/constants";
import { THEMES } from "@/modules/content/constants";
import { listRegionOptions, placeNames } from "@/modules/countries/server";
import { SUPPORT_TYPES } from "../constants";
import { matchesQuerySchema, type MatchesQuery } from "../schemas";
import { listMatches } from "../server";

/** The public "successful matches": a GET form of filters (type, modality, theme, region) and pages; works without JavaScript. */
export async function MatchesPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, string | string[]> }) {
  const raw = toSearchParams(searchParams);
  const parsed = matchesQuerySchema.safeParse({ ...searchParamsToObject(raw), lng });
  const query: MatchesQuery = parsed.success ? parsed.data : matchesQuerySchema.parse({ lng });
  const [t, ta, tc, result, names, regions] = await Promise.all([getT(lng, "matchmaking"), getT(lng, "activities"), getT(lng, "common"), listMatches(query), placeNames(lng), listRegionOptions(lng)]);
  const dates = dateFormat(lng, { dateStyle: "medium" });
  const selected = (v: string[] | undefined, x: string) => Boolean(v?.includes(x));
  const next = new URLSearchParams(raw);
  next.delete("cursor");
  if (result.nextCursor) next.set("cursor", result.nextCursor);
  const select = (name: string, label: string, options: [string, string][], values: string[] | undefined) => (
    <label className="block text-sm">
      <span className="font-semibold">{label}</span>
      <select name={name} defaultValue={values?.[0] ?? ""} className="mt-1 block w-full rounded border border-slate-400 p-1">
        <option value="">{t("matches.any")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v} selected={selected(values, v) || undefined}>{l}</option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("matches.title")}</h1>
      <p className="mt-2 text-slate-700">{t("matches.lead")}</p>
      <form method="get" className="mt-4 grid gap-3 sm:grid-cols-5">
        {select("type", t("matches.type"), SUPPORT_TYPES.map((s) => [s, t(`supportTypes.${s}`)]), query.type)}
        {select("modality", t("matches.modality"), MODALITIES.map((m) => [m, ta(`modalities.${m}`)]), query.modality)}
        {select("theme", t("matches.theme"), THEMES.map((th) => [th, tc(`themes.${th}`)]), query.theme)}
        {select("region", t("matches.region"), regions.filter((r) => r.level !== "intermediate").map((r) => [r.code, r.name]), query.region)}
        <div className="flex items-end">
          <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">{t("matches.filter")}</button>
        </div>
      </form>
      {result.items.length === 0 ? <p className="mt-6">{t("matches.none")}</p> : null}
      <ol className="mt-6 space-y-4">
        {result.items.map((m) => (
          <li key={m.id} className="rounded border border-slate-300 p-4">
            <h2 className="text-lg font-semibold" lang={m.titleLocale} dir="auto">
              <a href={`/${lng}/matchmaking/matches/${m.id}`}>{m.title}</a>
            </h2>
            <p className="text-sm text-slate-700">
              {t(`supportTypes.${m.supportType}`)} · {ta(`modalities.${m.modality}`)} · {t(`matchStatuses.${m.status}`)} · {dates.format(new Date(`${m.startsOn}T00:00:00Z`))}
            </p>
            {m.countries.length ? <p className="text-sm">{t("matches.countries")}: {m.countries.map((c) => names.country(c)).join(", ")}</p> : null}
            <ul className="mt-1 text-sm">
              {m.parties.map((p, i) => (
                <li key={i}>
                  {t(`partyRoles.${p.role}`)}:{" "}
                  {p.listingId ? <a href={`/${lng}/matchmaking/listings/${p.listingId}`} dir="auto" className="underline">{p.name}</a> : p.consultantId ? <a href={`/${lng}/consultants/${p.consultantId}`} dir="auto" className="underline">{p.name}</a> : <span dir="auto">{p.name}</span>}
                  {p.country ? ` (${names.country(p.country)})` : ""}
                </li>
              ))}
            </ul>
            {m.outcome ? <p className="mt-2" lang={m.outcomeLocale} dir="auto">{m.outcome}</p> : null}
            {m.activityIds.length ? (
              <p className="mt-1 text-sm">
                {t("matches.activities")}:{" "}
                {m.activityIds.map((a, i) => (
                  <a key={a} href={`/${lng}/activities/${a}`} className="me-2">{i + 1}</a>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {result.nextCursor ? (
        <p className="mt-6">
          <a href={`/${lng}/matchmaking/matches?${next}`} rel="next" className="font-semibold">{t("matches.next")}</a>
        </p>
      ) : null}
    </section>
  );
}
