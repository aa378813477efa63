import { searchParamsToObject, toSearchParams } from "@/lib/api/query";
import { numberFormat, yearFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { getCurrentUser } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { FacetFieldset } from "@/modules/shell";
import { STORY_FACETS, storiesQuerySchema, type StoriesQuery, type StoryFacet } from "../schemas";
import { managesStories, searchStories } from "../server";
import { StoryCard } from "./story-card";

const FACET_LIMIT: Partial<Record<StoryFacet, number>> = { country: 15, region: 12, ipArea: 15, year: 15 };

/**
 * The success stories: one GET form (text and facets with their counts), so every state is a
 * URL and the page works with JavaScript off; newest first (by relevance with a text), keyset
 * pages. Visitors all see the same page (it is page-cached); the secretariat's links appear
 * only to the signed-in, whose pages are never cached.
 */
export async function StoriesSearchPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, string | string[]> }) {
  const [t, tc] = await Promise.all([getT(lng, "stories"), getT(lng, "common")]);
  const raw = toSearchParams(searchParams);
  const parsed = storiesQuerySchema.safeParse({ ...searchParamsToObject(raw), lng });
  const query: StoriesQuery = parsed.success ? parsed.data : storiesQuerySchema.parse({ lng });
  const [result, names, user] = await Promise.all([searchStories(query), placeNames(lng), getCurrentUser()]);
  const numbers = numberFormat(lng);
  const years = yearFormat(lng);
  const selected = (f: StoryFacet) => ([query[f]].flat().filter((x) => x !== undefined) as (string | number)[]).map(String);
  const nextParams = new URLSearchParams(raw);
  nextParams.delete("cursor");
  if (result.nextCursor) nextParams.set("cursor", result.nextCursor);
  return (
    <section className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("lead")}</p>
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <a href={`/${lng}/stories/feed.xml`} type="application/atom+xml" className="font-semibold underline">{t("feed.link")}</a>
        {managesStories(user) ? (
          <>
            <a href={`/${lng}/stories/manage`} className="font-semibold underline">{t("manage.title")}</a>
            <a href={`/${lng}/stories/new`} className="font-semibold underline">{t("form.new")}</a>
          </>
        ) : null}
      </p>
      {!parsed.success ? (
        <p role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          {t("search.badQuery", { field: String(parsed.error.issues[0]?.path[0] ?? "") })}
        </p>
      ) : null}
      <form method="get" className="mt-6 grid gap-6 md:grid-cols-[16rem_1fr]">
        <div className="md:order-2">
          <div className="flex flex-wrap items-end gap-2">
            <label className="min-w-64 flex-1 font-semibold">
              {t("facets.q")}
              <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={500} className="mt-1 block w-full rounded border border-slate-400 px-3 py-2 font-normal" />
            </label>
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("search.submit")}</button>
          </div>
          <p role="status" className="mt-4 font-semibold">{t("search.results", { count: result.total })}</p>
          {result.items.length === 0 ? <p className="mt-6 text-slate-700">{t("search.noResults")}</p> : null}
          <ol className="mt-4 space-y-4">
            {result.items.map((s) => (
              <li key={s.id}>
                <StoryCard lng={lng} story={s} tc={tc} country={names.country} years={years} />
              </li>
            ))}
          </ol>
          {result.nextCursor ? (
            <p className="mt-6">
              <a href={`/${lng}/stories?${nextParams}`} rel="next" className="font-semibold underline">{t("search.next")}</a>
            </p>
          ) : null}
        </div>
        <aside className="md:order-1" aria-label={t("search.filters")}>
          {/* No Suspense around the facets: this form must work with JavaScript off. */}
          {STORY_FACETS.map((f) => (
            <FacetFieldset key={f} name={f} title={t(`facets.${f}`)} values={result.facets[f]} selected={selected(f)} count={(n) => numbers.format(n)} limit={FACET_LIMIT[f]} />
          ))}
          <button type="submit" className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("search.apply")}</button>
          <p className="mt-3 text-sm">
            <a href={`/${lng}/stories`} className="underline">{t("search.clear")}</a>
          </p>
        </aside>
      </form>
    </section>
  );
}
