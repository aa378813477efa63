import type { TFunction } from "i18next";
import { formatList } from "@/lib/i18n/format";
import { direction, isLocale, type Locale } from "@/lib/i18n/locales";
import type { StorySummary } from "../schemas";

/** lang/dir of a text shown in `locale` when it is not the page's language (a fallback). */
export const marked = (locale: string, lng: Locale) => (locale !== lng && isLocale(locale) ? { lang: locale, dir: direction(locale) } : {});

/** "2019–2022", "2021", or null without a period. */
export function periodOf(s: Pick<StorySummary, "periodStart" | "periodEnd">, years: Intl.NumberFormat): string | null {
  const [a, b] = [s.periodStart, s.periodEnd].map((y) => (y === null ? null : years.format(y)));
  if (a && b) return a === b ? a : `${a}–${b}`;
  return a ?? b ?? null;
}

const short = (text: string, max = 280) => (text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, "")}…` : text);

/** One story in a list (the search, the home page, related stories). */
export function StoryCard({
  lng,
  story: s,
  tc,
  country,
  years,
  heading = "h2",
}: {
  lng: Locale;
  story: StorySummary;
  tc: TFunction;
  country: (iso2: string) => string;
  years: Intl.NumberFormat;
  heading?: "h2" | "h3";
}) {
  const H = heading;
  const period = periodOf(s, years);
  const places = formatList(lng, [...new Set([...s.countries, ...s.partnerCountries])].map(country));
  return (
    <article className="h-full rounded border border-slate-200 bg-white p-4">
      <H className="text-lg font-semibold">
        <a href={`/${lng}/stories/${s.id}`} className="underline" {...marked(s.locale, lng)}>{s.title}</a>
      </H>
      <p className="mt-1 text-slate-800" {...marked(s.locale, lng)}>{short(s.summary)}</p>
      {s.themes.length ? (
        <p className="mt-2 flex flex-wrap gap-2 text-xs">
          {s.themes.map((th) => (
            <span key={th} className="rounded bg-brand-50 px-2 py-0.5 text-brand-900">{tc(`themes.${th}`)}</span>
          ))}
        </p>
      ) : null}
      {places || period ? (
        <p className="mt-2 text-sm text-slate-700">
          {places}
          {places && period ? " · " : ""}
          {period}
        </p>
      ) : null}
    </article>
  );
}
