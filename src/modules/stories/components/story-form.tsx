"use client";
import { useActionState, type ReactNode } from "react";
import { saveStoryAction, type StoryFormState } from "../actions/stories";
import { changedStoryFields, type StoryFormValues } from "../story-form";

export interface Option {
  value: string;
  label: string;
}

export interface StoryFormStrings {
  sourceLocale: string;
  textsIn: Record<string, string>;
  original: string;
  complete: string;
  title: string;
  summary: string;
  body: string;
  results: string;
  markdownHint: string;
  groups: { what: string; where: string; when: string; links: string };
  themes: string;
  ipAreas: string;
  countries: string;
  partnerCountries: string;
  multipleHint: string;
  partners: string;
  linesHint: string;
  igoSupport: string;
  donorCountry: string;
  periodStart: string;
  periodEnd: string;
  activityIds: string;
  matchIds: string;
  consultantIds: string;
  idsHint: string;
  save: string;
  create: string;
  fixErrors: string;
  /** "{{field}}: {{message}}" */
  fieldError: string;
  conflict: string;
  theirs: string;
  empty: string;
  refused: Record<string, string>;
  errors: Record<string, string>;
}

const input = "mt-1 block w-full rounded border border-slate-500 px-2 py-1.5";

/**
 * The story form of the secretariat: works without JavaScript. One fieldset per language (the
 * original language first) with its "complete" box; a refused save keeps everything typed, and
 * after a 409 each field the other person changed shows what they saved beside what this
 * person typed (saving again is based on their version).
 */
export function StoryForm({
  lng,
  id,
  version,
  initial,
  locales,
  localeNames,
  dirs,
  options,
  strings: s,
}: {
  lng: string;
  id?: string;
  version?: number;
  initial: StoryFormValues;
  /** The portal's languages, in the reader's order. */
  locales: string[];
  localeNames: Record<string, string>;
  dirs: Record<string, "rtl" | "ltr">;
  options: { themes: Option[]; ipAreas: Option[]; countries: Option[] };
  strings: StoryFormStrings;
}) {
  const [state, action] = useActionState<StoryFormState, FormData>(saveStoryAction, {});
  const values = state.values ?? initial;
  const v = state.version ?? version;
  const theirs = state.theirs;
  const changed = new Set(theirs ? changedStoryFields(values, theirs) : []);
  const one = (name: string) => {
    const x = values[name];
    return typeof x === "string" ? x : "";
  };
  const many = (name: string) => {
    const x = values[name];
    return Array.isArray(x) ? x : x ? [x] : [];
  };
  const source = one("sourceLocale") || lng;
  const ordered = [source, ...locales.filter((l) => l !== source)];
  const errorOf = (name: string) => state.errors?.find((e) => e.field === name);
  const message = (reason: string) => s.errors[reason] ?? s.errors.invalid ?? reason;
  const countryName = (code: string) => options.countries.find((o) => o.value === code)?.label ?? code;
  const labels: Record<string, string> = {
    sourceLocale: s.sourceLocale, themes: s.themes, ipAreas: s.ipAreas, countries: s.countries, partnerCountries: s.partnerCountries, partners: s.partners,
    igoSupport: s.igoSupport, donorCountry: s.donorCountry, periodStart: s.periodStart, periodEnd: s.periodEnd, activityIds: s.activityIds,
    matchIds: s.matchIds, consultantIds: s.consultantIds, complete: s.complete, version: "version",
  };
  const labelOf = (field: string) => {
    const m = /^(title|summary|body|results|complete)_(\w+)$/.exec(field);
    if (m) return `${m[1] === "complete" ? s.complete : s[m[1] as "title"]} (${localeNames[m[2]!] ?? m[2]})`;
    return labels[field] ?? field;
  };
  const shown = (field: string, x: string | string[] | undefined) => {
    const list = Array.isArray(x) ? x : x ? [x] : [];
    if (!list.length) return s.empty;
    if (field === "themes") return list.map((val) => options.themes.find((o) => o.value === val)?.label ?? val).join(", ");
    if (field === "ipAreas") return list.map((val) => options.ipAreas.find((o) => o.value === val)?.label ?? val).join(", ");
    if (field === "countries" || field === "partnerCountries" || field === "donorCountry") return list.map(countryName).join(", ");
    if (field === "complete") return list.map((l) => localeNames[l] ?? l).join(", ");
    if (field === "igoSupport") return list[0] === "1" ? "✓" : s.empty;
    return list.join(", ");
  };
  const described = (name: string, hint?: boolean) =>
    [hint ? `story-${name}-hint` : null, errorOf(name) ? `story-${name}-error` : null, changed.has(name) ? `story-${name}-theirs` : null].filter(Boolean).join(" ") || undefined;
  const extra = (name: string, lang?: string): ReactNode => {
    const err = errorOf(name);
    return (
      <>
        {err ? <p id={`story-${name}-error`} className="text-sm font-semibold text-red-800">{message(err.reason)}</p> : null}
        {theirs && changed.has(name) ? (
          <p id={`story-${name}-theirs`} className="mt-1 whitespace-pre-line rounded bg-amber-50 p-2 text-sm text-amber-950">
            {s.theirs} <span dir="auto" lang={lang}>{shown(name, theirs[name])}</span>
          </p>
        ) : null}
      </>
    );
  };
  const text = (name: string, label: string, opts: { area?: boolean; rows?: number; lang?: string; dir?: "rtl" | "ltr"; hint?: string; inputMode?: "numeric" } = {}) => (
    <div className={opts.area ? "sm:col-span-2" : undefined}>
      <label htmlFor={`story-${name}`} className="block font-semibold">{label}</label>
      {opts.hint ? <p id={`story-${name}-hint`} className="text-sm text-slate-700">{opts.hint}</p> : null}
      {opts.area ? (
        <textarea id={`story-${name}`} name={name} defaultValue={one(name)} rows={opts.rows ?? 4} className={input} lang={opts.lang} dir={opts.dir} aria-describedby={described(name, !!opts.hint)} aria-invalid={errorOf(name) ? true : undefined} />
      ) : (
        <input id={`story-${name}`} name={name} type="text" inputMode={opts.inputMode} defaultValue={one(name)} className={input} lang={opts.lang} dir={opts.dir} aria-describedby={described(name, !!opts.hint)} aria-invalid={errorOf(name) ? true : undefined} />
      )}
      {extra(name, opts.lang)}
    </div>
  );
  const checkboxes = (name: string, label: string, list: Option[]) => (
    <fieldset id={`story-${name}`} className="sm:col-span-2" aria-describedby={described(name)}>
      <legend className="font-semibold">{label}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {list.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={o.value} defaultChecked={many(name).includes(o.value)} className="size-5 shrink-0" />
            {o.label}
          </label>
        ))}
      </div>
      {extra(name)}
    </fieldset>
  );
  const select = (name: string, label: string, list: Option[], multiple: boolean) => (
    <div className={multiple ? "sm:col-span-2" : undefined}>
      <label htmlFor={`story-${name}`} className="block font-semibold">{label}</label>
      {multiple ? <p id={`story-${name}-hint`} className="text-sm text-slate-700">{s.multipleHint}</p> : null}
      <select
        id={`story-${name}`}
        name={name}
        multiple={multiple}
        size={multiple ? 8 : undefined}
        defaultValue={multiple ? many(name) : one(name)}
        className={input}
        aria-describedby={described(name, multiple)}
        aria-invalid={errorOf(name) ? true : undefined}
      >
        {multiple ? null : <option value="">—</option>}
        {list.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {extra(name)}
    </div>
  );
  const group = (title: string, children: ReactNode) => (
    <fieldset className="rounded border border-slate-300 p-4">
      <legend className="px-1 text-lg font-semibold">{title}</legend>
      <div className="grid gap-3 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="lng" value={lng} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {v ? <input type="hidden" name="version" value={v} /> : null}
      {state.status === "error" ? (
        <div role="alert" className="rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p>{theirs ? s.conflict : state.message && state.message !== "fixErrors" ? (s.refused[state.message] ?? s.fixErrors) : s.fixErrors}</p>
          <ul className="ms-5 list-disc">
            {state.errors?.map((e, i) => (
              <li key={i}>
                <a href={`#story-${e.field}`} className="underline">{s.fieldError.replace("{{field}}", labelOf(e.field)).replace("{{message}}", message(e.reason))}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div key={state.round ?? 0} className="space-y-6">
        <div>
          <label htmlFor="story-sourceLocale" className="block font-semibold">{s.sourceLocale}</label>
          <select id="story-sourceLocale" name="sourceLocale" defaultValue={source} className={`${input} max-w-xs`} aria-describedby={described("sourceLocale")}>
            {locales.map((l) => <option key={l} value={l}>{localeNames[l]}</option>)}
          </select>
          {extra("sourceLocale")}
        </div>
        {ordered.map((l) => (
          <fieldset key={l} className="rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">
              {s.textsIn[l]}
              {l === source ? ` · ${s.original}` : ""}
            </legend>
            <div className="grid gap-3 sm:grid-cols-2">
              <div className="sm:col-span-2">
                <label className="flex items-center gap-2 font-semibold">
                  <input id={`story-complete_${l}`} type="checkbox" name="complete" value={l} defaultChecked={many("complete").includes(l)} className="size-5 shrink-0" aria-describedby={described(`complete_${l}`)} />
                  {s.complete}
                </label>
                {extra(`complete_${l}`)}
              </div>
              <div className="sm:col-span-2">{text(`title_${l}`, s.title, { lang: l, dir: dirs[l] })}</div>
              {text(`summary_${l}`, s.summary, { area: true, rows: 3, lang: l, dir: dirs[l] })}
              {text(`body_${l}`, s.body, { area: true, rows: 10, lang: l, dir: dirs[l], hint: s.markdownHint })}
              {text(`results_${l}`, s.results, { area: true, rows: 4, lang: l, dir: dirs[l], hint: s.markdownHint })}
            </div>
          </fieldset>
        ))}
        {group(s.groups.what, (
          <>
            {checkboxes("themes", s.themes, options.themes)}
            {checkboxes("ipAreas", s.ipAreas, options.ipAreas)}
          </>
        ))}
        {group(s.groups.where, (
          <>
            {select("countries", s.countries, options.countries, true)}
            {select("partnerCountries", s.partnerCountries, options.countries, true)}
            {text("partners", s.partners, { area: true, hint: s.linesHint })}
            <div className="sm:col-span-2">
              <label className="flex items-center gap-2 font-semibold">
                <input id="story-igoSupport" type="checkbox" name="igoSupport" value="1" defaultChecked={one("igoSupport") === "1"} className="size-5 shrink-0" aria-describedby={described("igoSupport")} />
                {s.igoSupport}
              </label>
              {extra("igoSupport")}
            </div>
            {select("donorCountry", s.donorCountry, options.countries, false)}
          </>
        ))}
        {group(s.groups.when, (
          <>
            {text("periodStart", s.periodStart, { inputMode: "numeric", dir: "ltr" })}
            {text("periodEnd", s.periodEnd, { inputMode: "numeric", dir: "ltr" })}
          </>
        ))}
        {group(s.groups.links, (
          <>
            {text("activityIds", s.activityIds, { area: true, rows: 3, dir: "ltr", hint: s.idsHint })}
            {text("matchIds", s.matchIds, { area: true, rows: 3, dir: "ltr", hint: s.idsHint })}
            {text("consultantIds", s.consultantIds, { area: true, rows: 3, dir: "ltr", hint: s.idsHint })}
          </>
        ))}
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{id ? s.save : s.create}</button>
    </form>
  );
}
