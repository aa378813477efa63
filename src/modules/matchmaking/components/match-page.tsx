import { notFound } from "next/navigation";
import { dateFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { AppError } from "@/lib/errors";
import { getCurrentUser } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { matchIdSchema } from "../schemas";
import { getMatch } from "../server";

/** One match: public ones for anyone, others for the secretariat only (404 otherwise). */
export async function MatchPage({ lng, id, searchParams }: { lng: Locale; id: string; searchParams: Record<string, string | string[]> }) {
  if (!matchIdSchema.safeParse(id).success) notFound();
  const user = await getCurrentUser();
  const m = await getMatch(id, user, lng).catch((e: unknown) => {
    if (e instanceof AppError && e.kind === "not_found") notFound();
    throw e;
  });
  const [t, ta, tc, names] = await Promise.all([getT(lng, "matchmaking"), getT(lng, "activities"), getT(lng, "common"), placeNames(lng)]);
  const dates = dateFormat(lng, { dateStyle: "long" });
  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      {searchParams.recorded ? <p role="status" className="mb-4 rounded border-s-4 border-green-700 bg-green-50 p-3">{t("matches.recorded", { modality: ta(`modalities.${m.modality}`) })}</p> : null}
      <h1 className="text-3xl font-bold text-brand-900" lang={m.titleLocale} dir="auto">{m.title}</h1>
      {m.titleLocale !== lng ? <p className="mt-1 text-sm text-slate-700">{tc("notInYourLanguage")}</p> : null}
      <dl className="mt-4 grid gap-2 sm:grid-cols-2">
        <div><dt className="font-semibold">{t("matches.type")}</dt><dd>{t(`supportTypes.${m.supportType}`)}</dd></div>
        <div><dt className="font-semibold">{t("matches.modality")}</dt><dd>{ta(`modalities.${m.modality}`)}</dd></div>
        <div><dt className="font-semibold">{t("matches.status")}</dt><dd>{t(`matchStatuses.${m.status}`)}</dd></div>
        <div><dt className="font-semibold">{t("matches.startsOn")}</dt><dd>{dates.format(new Date(`${m.startsOn}T00:00:00Z`))}</dd></div>
        {m.themes.length ? <div><dt className="font-semibold">{t("matches.theme")}</dt><dd>{m.themes.map((th) => tc(`themes.${th}`)).join(", ")}</dd></div> : null}
        {m.countries.length ? <div><dt className="font-semibold">{t("matches.countries")}</dt><dd>{m.countries.map((c) => names.country(c)).join(", ")}</dd></div> : null}
      </dl>
      <h2 className="mt-6 text-xl font-semibold">{t("broker.parties")}</h2>
      <ul className="mt-2 list-disc ps-6">
        {m.parties.map((p, i) => (
          <li key={i}>
            {t(`partyRoles.${p.role}`)}:{" "}
            {p.listingId ? <a href={`/${lng}/matchmaking/listings/${p.listingId}`} dir="auto" className="underline">{p.name}</a> : p.consultantId ? <a href={`/${lng}/consultants/${p.consultantId}`} dir="auto" className="underline">{p.name}</a> : <span dir="auto">{p.name}</span>}
            {p.country ? ` (${names.country(p.country)})` : ""}
          </li>
        ))}
      </ul>
      {m.outcome ? (
        <>
          <h2 className="mt-6 text-xl font-semibold">{t("matches.outcome")}</h2>
          <p className="mt-2 whitespace-pre-line" lang={m.outcomeLocale} dir="auto">{m.outcome}</p>
        </>
      ) : null}
      {m.activityIds.length ? (
        <>
          <h2 className="mt-6 text-xl font-semibold">{t("matches.activities")}</h2>
          <ul className="mt-2 list-disc ps-6">
            {m.activityIds.map((a) => <li key={a}><a href={`/${lng}/activities/${a}`}>{a}</a></li>)}
          </ul>
        </>
      ) : null}
      {m.status === "completed" && m.isPublic ? <p className="mt-6 text-sm text-slate-700">{t("matches.storyCandidate")}</p> : null}
      {!m.isPublic ? <p className="mt-6 text-sm text-slate-700">{t("matches.notPublic")}</p> : null}
    </article>
  );
}
