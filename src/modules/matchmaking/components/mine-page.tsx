import { dateFormat } from "@/lib/i18n/format";
import { direction, isLocale, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { decide } from "@/modules/accounts/policy";
import { requirePageAccess } from "@/modules/accounts/server";
import { deleteSavedSearchAction } from "../actions/saved-searches";
import { type Suggestions } from "../schemas";
import { listingSuggestionsFor, listSavedSearches, myListings, sentInterests } from "../server";
import { isOpen } from "../state-machine";
import { SuggestionList } from "./listing-page";
import { MatchmakingNav } from "./nav";
import { refusalNotice } from "./strings";

/** How many suggestions each open need shows here (its page shows all). */
const TOP = 3;

/**
 * "My listings": the listings one filed (and, for a focal point, their country's needs) with
 * their status, the secretariat's comment and interests; the top suggestions of each open need;
 * the interests one sent, with the answer and the contact once accepted; one's saved searches.
 */
export async function MinePage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, string | string[]> }) {
  const user = await requirePageAccess(lng, "matchmaking.file", `/${lng}/matchmaking/mine`);
  const [t, tc] = await Promise.all([getT(lng, "matchmaking"), getT(lng, "common")]);
  const [listings, sent, searches] = await Promise.all([myListings(user, lng), sentInterests(user, lng), listSavedSearches(user)]);
  const openNeeds = listings.filter((l) => l.kind === "need" && isOpen(l.status)).slice(0, 10);
  const suggestions = new Map<string, Suggestions["items"]>(
    await Promise.all(openNeeds.map(async (l) => [l.id, (await listingSuggestionsFor(l.id, user, lng)).items.slice(0, TOP)] as const)),
  );
  const dates = dateFormat(lng, { dateStyle: "medium" });
  const mark = (locale: string) => (isLocale(locale) ? { lang: locale, dir: direction(locale) } : { dir: "auto" as const });
  const done = String(searchParams.done ?? "");
  const refused = String(searchParams.refused ?? "");
  const kindLabel = (k: string) => t(`listing.suggestionKinds.${k}`);
  return (
    <section className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("mine.title")}</h1>
      <MatchmakingNav lng={lng} t={t} moderate={decide(user, "matchmaking.moderate") === "allow"} />
      {done === "searchDeleted" ? <p role="status" className="mt-4 rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">{t("savedSearch.deleted")}</p> : null}
      {refused ? refusalNotice({ t, tc, refused, field: "", reason: "" }) : null}

      <section aria-labelledby="my-listings" className="mt-8">
        <h2 id="my-listings" className="text-xl font-bold text-brand-900">{t("mine.listings", { count: listings.length })}</h2>
        {listings.length === 0 ? <p className="mt-2 text-slate-700">{t("mine.noListings")}</p> : null}
        <ol className="mt-3 space-y-4">
          {listings.map((l) => (
            <li key={l.id} className="rounded border border-slate-200 p-4">
              <p className="text-sm font-semibold uppercase tracking-wide text-brand-800">
                {t(`kinds.${l.kind}`)} · {t(`statuses.${l.status}`)}
              </p>
              <h3 className="text-lg font-semibold">
                <a href={`/${lng}/matchmaking/listings/${l.id}`}>
                  <span {...mark(l.titleLocale)}>{l.title}</span>
                </a>
              </h3>
              <p className="mt-1 text-sm text-slate-700">
                {t("search.interests", { count: l.interests })}
                {l.deadline ? ` · ${t("search.deadline", { date: dates.format(new Date(`${l.deadline}T00:00:00Z`)) })}` : ""}
              </p>
              {l.reviewComment && (l.status === "returned" || l.status === "rejected") ? (
                <div role="note" className="mt-2 rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
                  <p className="font-semibold">{t("listing.reviewComment")}</p>
                  <p className="whitespace-pre-line" dir="auto">{l.reviewComment}</p>
                </div>
              ) : null}
              {suggestions.get(l.id)?.length ? (
                <div className="mt-3">
                  <h4 className="font-semibold">{t("mine.topSuggestions")}</h4>
                  <SuggestionList lng={lng} items={suggestions.get(l.id)!} kindLabel={kindLabel} />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="sent" className="mt-8">
        <h2 id="sent" className="text-xl font-bold text-brand-900">{t("mine.sent", { count: sent.length })}</h2>
        {sent.length === 0 ? <p className="mt-2 text-slate-700">{t("mine.noSent")}</p> : null}
        <ol className="mt-3 space-y-4">
          {sent.map((i) => (
            <li key={i.id} className="rounded border border-slate-200 p-4">
              <h3 className="font-semibold">
                <a href={`/${lng}/matchmaking/listings/${i.listingId}`}>
                  <span {...mark(i.listingTitleLocale)}>{i.listingTitle}</span>
                </a>
              </h3>
              <p className="text-sm text-slate-700">
                {dates.format(new Date(i.createdAt))} · {t(`interestStatuses.${i.status}`)}
              </p>
              <p className="mt-2 whitespace-pre-line text-slate-800" dir="auto">{i.message}</p>
              {i.reply ? (
                <p className="mt-2 text-sm text-slate-800">
                  {t("mine.reply")} <span dir="auto">{i.reply}</span>
                </p>
              ) : null}
              {i.contact ? (
                <p className="mt-2 rounded bg-green-50 p-2 text-green-950">
                  {t("interest.contact")} <span dir="auto">{i.contact.name}</span> · <a href={`mailto:${i.contact.email}`} dir="ltr" className="underline">{i.contact.email}</a>
                  {i.contact.phone ? <> · <span dir="ltr">{i.contact.phone}</span></> : null}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="saved-searches" className="mt-8">
        <h2 id="saved-searches" className="text-xl font-bold text-brand-900">{t("mine.searches", { count: searches.length })}</h2>
        {searches.length === 0 ? <p className="mt-2 text-slate-700">{t("mine.noSearches")}</p> : null}
        <ul className="mt-3 space-y-3">
          {searches.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center gap-3">
              <a href={`/${lng}/matchmaking${s.query ? `?${s.query}` : ""}`} dir="ltr" className="break-all underline">{s.query ? decodeURIComponent(s.query.replace(/\+/g, " ")) : t("mine.allListings")}</a>
              <span className="text-sm text-slate-700">{t(`savedSearch.${s.frequency}`)}</span>
              <form action={deleteSavedSearchAction}>
                <input type="hidden" name="lng" value={lng} />
                <input type="hidden" name="id" value={s.id} />
                <button type="submit" className="text-sm font-semibold text-red-800 underline">
                  {t("savedSearch.delete")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
