import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { REFUSALS } from "@/lib/actions/refusals";
import { classifyError } from "@/lib/classify-error";
import { dateFormat, formatList, languageNames, yearFormat } from "@/lib/i18n/format";
import { LOCALE_NAMES, LOCALE_TAGS, direction, isLocale, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { getCurrentUser } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { STORY_STATUSES } from "../constants";
import { storyIdSchema, type StoryDetail } from "../schemas";
import { getStory, storyRelated } from "../server";
import { isStoryEditable } from "../state-machine";
import { transitionStoryAction } from "../actions/stories";
import { StoryCard, periodOf } from "./story-card";

const button = "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";
const secondary = "rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50";
/** The sanitised Markdown's elements (Tailwind's preflight strips their look); logical properties only. */
const prose =
  "story-prose mt-2 space-y-3 text-slate-800 [&_a]:underline [&_blockquote]:border-s-4 [&_blockquote]:border-slate-300 [&_blockquote]:ps-3 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 " +
  "[&_h2]:text-lg [&_h2]:font-bold [&_h3]:font-bold [&_h4]:font-semibold [&_ol]:list-decimal [&_ol]:ps-6 [&_pre]:overflow-x-auto [&_pre]:whitespace-pre-wrap [&_ul]:list-disc [&_ul]:ps-6 " +
  "[&_table]:w-full [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_th]:border [&_th]:border-slate-300 [&_th]:px-2 [&_th]:text-start";

/** A story read by anyone (published) or previewed by the secretariat (any status, with its buttons). */
export async function StoryPage({ lng, id, searchParams }: { lng: Locale; id: string; searchParams: Record<string, string | string[]> }) {
  if (!storyIdSchema.safeParse(id).success) notFound();
  const user = await getCurrentUser();
  let s: StoryDetail;
  try {
    s = await getStory(id, user, lng);
  } catch (e) {
    if (classifyError(e)?.kind === "not_found") notFound();
    throw e;
  }
  const [t, tc, ta, names, related] = await Promise.all([getT(lng, "stories"), getT(lng, "common"), getT(lng, "activities"), placeNames(lng), storyRelated(s, lng)]);
  const years = yearFormat(lng);
  const dates = dateFormat(lng, { dateStyle: "long" });
  const shownIn = isLocale(s.locale) ? { lang: s.locale, dir: direction(s.locale) } : {};
  // The texts carry their language whenever it is not the page's (a fallback).
  const text = s.locale !== lng ? shownIn : {};
  const languageName = languageNames(lng).of(LOCALE_TAGS[isLocale(s.locale) ? s.locale : "en"]) ?? s.locale;
  const period = periodOf(s, years);
  const done = String(searchParams.done ?? "");
  const refused = String(searchParams.refused ?? "");
  const list = (items: string[]) => (items.length ? formatList(lng, items) : null);
  const rows: [string, ReactNode][] = (
    [
      [t("fields.themes"), list(s.themes.map((x) => tc(`themes.${x}`)))],
      [t("fields.ipAreas"), list(s.ipAreas.map((x) => ta(`ipAreas.${x}`)))],
      [t("fields.countries"), list(s.countries.map(names.country))],
      [t("fields.partnerCountries"), list(s.partnerCountries.map(names.country))],
      [t("fields.partners"), s.partners.length ? <span dir="auto">{formatList(lng, s.partners)}</span> : null],
      [t("fields.donorCountry"), s.donorCountry ? names.country(s.donorCountry) : null],
      [t("fields.igoSupport"), s.igoSupport ? t("story.yes") : null],
      [t("story.period"), period],
      [t("fields.modality"), ta(`modalities.${s.modality}`)],
      [t("story.published"), s.publishedAt ? dates.format(new Date(s.publishedAt)) : null],
    ] as [string, ReactNode][]
  ).filter(([, v]) => v !== null && v !== "");
  const relatedCount = related.activities.length + related.consultants.length + related.matches.length + related.stories.length;
  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm">
        <a href={`/${lng}/stories`} className="underline">{t("story.back")}</a>
      </p>
      {s.manage ? <p className="mt-3 text-sm font-semibold uppercase tracking-wide text-brand-800">{t(`statuses.${s.status}`)}</p> : null}
      <h1 className="mt-2 text-3xl font-bold text-brand-900" {...text}>{s.title}</h1>
      {done ? (
        <p role="status" className="mt-4 rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">
          {(STORY_STATUSES as readonly string[]).includes(done) ? t("story.moved", { status: t(`statuses.${done}`) }) : t("story.saved")}
        </p>
      ) : null}
      {refused ? (
        <div role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p>{tc(`actionRefused.${(REFUSALS as readonly string[]).includes(refused) ? refused : "fixErrors"}`)}</p>
          {searchParams.reason ? <p>{t(`errors.${String(searchParams.reason)}`, { defaultValue: t("errors.invalid") })}</p> : null}
        </div>
      ) : null}
      {s.fallback ? (
        <div role="note" className="mt-4 rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          <p>{t("translation.shownIn", { language: languageName })}</p>
          {s.availableLocales.length ? (
            <p className="mt-1">
              {t("translation.otherVersions")}{" "}
              {s.availableLocales.filter(isLocale).map((l, i) => (
                <span key={l}>
                  {i ? ", " : ""}
                  <a href={`/${l}/stories/${s.id}`} hrefLang={LOCALE_TAGS[l]} lang={l} dir={direction(l)} className="font-semibold underline">{LOCALE_NAMES[l]}</a>
                </span>
              ))}
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="mt-4 text-lg text-slate-800" {...text}>{s.summary}</p>
      {s.images.length ? (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {s.images.map((img) => (
            <li key={img.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- served by the portal's own route (CSP img-src 'self'), no optimiser */}
              <img src={img.url} alt={img.alt} lang={img.altLocale !== lng && isLocale(img.altLocale) ? img.altLocale : undefined} className="h-auto w-full rounded border border-slate-200" />
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="story-body" className="mt-6">
        <h2 id="story-body" className="text-xl font-bold text-brand-900">{t("fields.body")}</h2>
        {/* bodyHtml comes from src/lib/markdown.ts (rehype-sanitize with the strict schema): the only HTML inserted. */}
        <div className={prose} {...shownIn} dangerouslySetInnerHTML={{ __html: s.bodyHtml }} />
      </section>
      {s.resultsHtml ? (
        <section aria-labelledby="story-results" className="mt-6">
          <h2 id="story-results" className="text-xl font-bold text-brand-900">{t("fields.results")}</h2>
          {/* resultsHtml: the same sanitiser. */}
          <div className={prose} {...shownIn} dangerouslySetInnerHTML={{ __html: s.resultsHtml }} />
        </section>
      ) : null}
      <section aria-labelledby="story-facts" className="mt-6">
        <h2 id="story-facts" className="text-xl font-bold text-brand-900">{t("story.facts")}</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-slate-900">{label}</dt>
              <dd className="text-slate-800">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {relatedCount ? (
        <section aria-labelledby="story-related" className="mt-8">
          <h2 id="story-related" className="text-xl font-bold text-brand-900">{t("story.related")}</h2>
          {related.activities.length ? (
            <>
              <h3 className="mt-4 font-semibold">{t("fields.activityIds")}</h3>
              <ul className="ms-5 mt-1 list-disc">
                {related.activities.map((a) => (
                  <li key={a.id}>
                    <a href={`/${lng}/activities/${a.id}`} className="underline" {...(a.titleLocale !== lng && isLocale(a.titleLocale) ? { lang: a.titleLocale, dir: direction(a.titleLocale) } : {})}>{a.title}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {related.consultants.length ? (
            <>
              <h3 className="mt-4 font-semibold">{t("fields.consultantIds")}</h3>
              <ul className="ms-5 mt-1 list-disc">
                {related.consultants.map((c) => (
                  <li key={c.id}>
                    <a href={`/${lng}/consultants/${c.id}`} className="underline" dir="auto">{c.fullName}</a>
                    {c.organisation ? <span dir="auto"> · {c.organisation}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {related.matches.length ? (
            <>
              <h3 className="mt-4 font-semibold">{t("fields.matchIds")}</h3>
              <ul className="ms-5 mt-1 list-disc">
                {related.matches.map((m) => (
                  <li key={m.id}>
                    <a href={`/${lng}/matchmaking/matches/${m.id}`} className="underline" {...(m.titleLocale !== lng && isLocale(m.titleLocale) ? { lang: m.titleLocale, dir: direction(m.titleLocale) } : {})}>{m.title}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {related.stories.length ? (
            <>
              <h3 className="mt-4 font-semibold">{t("story.relatedStories")}</h3>
              <ul className="mt-2 grid gap-4 sm:grid-cols-2">
                {related.stories.map((r) => (
                  <li key={r.id}>
                    <StoryCard lng={lng} story={r} tc={tc} country={names.country} years={years} heading="h3" />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {s.manage ? (
        <section aria-labelledby="story-manage" className="mt-8 rounded border border-slate-300 p-4">
          <h2 id="story-manage" className="text-xl font-bold text-brand-900">{t("manage.section")}</h2>
          <p className="mt-2">{t("manage.status", { status: t(`statuses.${s.status}`) })} · {t(`origins.${s.origin}`)}</p>
          {isStoryEditable(s.status) ? (
            <p className="mt-3">
              <a href={`/${lng}/stories/${s.id}/edit`} className="font-semibold underline">{t("manage.edit")}</a>
            </p>
          ) : (
            <p className="mt-3 text-slate-700">{t("manage.archivedHint")}</p>
          )}
          {s.manage.transitions.length ? (
            <div className="mt-4 flex flex-wrap gap-3">
              {s.manage.transitions.map((to) => (
                <form key={to} action={transitionStoryAction}>
                  <input type="hidden" name="lng" value={lng} />
                  <input type="hidden" name="id" value={s.id} />
                  <input type="hidden" name="version" value={s.manage!.version} />
                  <input type="hidden" name="to" value={to} />
                  <button type="submit" className={to === "published" || to === "in_review" ? button : secondary}>{t(`transitions.${to}`)}</button>
                </form>
              ))}
            </div>
          ) : null}
          <p className="mt-3 text-sm">
            <a href={`/${lng}/stories/manage`} className="underline">{t("manage.back")}</a>
          </p>
        </section>
      ) : null}
    </article>
  );
}
