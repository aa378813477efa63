import { notFound } from "next/navigation";
import { REFUSALS } from "@/lib/actions/refusals";
import { classifyError } from "@/lib/classify-error";
import { clientSubset, getT } from "@/lib/i18n/server";
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES, direction, type Locale } from "@/lib/i18n/locales";
import { IP_AREAS } from "@/modules/activities/constants";
import { requirePageAccess } from "@/modules/accounts/server";
import { THEMES } from "@/modules/content/constants";
import { COUNTRY_CODES } from "@/modules/countries/constants";
import { placeNames } from "@/modules/countries/server";
import { addStoryImageAction, removeStoryImageAction, startStoryAction } from "../actions/stories";
import { storyIdSchema, type StoryDetail } from "../schemas";
import { getStory } from "../server";
import { isStoryEditable } from "../state-machine";
import { blankStoryValues, storyToFormValues } from "../story-form";
import { StoryForm, type StoryFormStrings } from "./story-form";

const button = "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";
const secondary = "rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50";
const input = "mt-1 block w-full rounded border border-slate-500 px-2 py-1.5";

async function formParts(lng: Locale) {
  const [t, tc, ta, names, errors] = await Promise.all([getT(lng, "stories"), getT(lng, "common"), getT(lng, "activities"), placeNames(lng), clientSubset(lng, "stories", ["errors"])]);
  const collator = new Intl.Collator(LOCALE_TAGS[lng]);
  const countries = COUNTRY_CODES.map((c) => ({ value: c, label: names.country(c) })).sort((a, b) => collator.compare(a.label, b.label));
  const locales = [lng, ...LOCALES.filter((l) => l !== lng)];
  const strings: StoryFormStrings = {
    sourceLocale: t("fields.sourceLocale"),
    textsIn: Object.fromEntries(LOCALES.map((l) => [l, t("form.textsIn", { language: LOCALE_NAMES[l] })])),
    original: t("translation.original"),
    complete: t("form.complete"),
    title: t("fields.title"),
    summary: t("fields.summary"),
    body: t("fields.body"),
    results: t("fields.results"),
    markdownHint: t("form.markdownHint"),
    groups: { what: t("form.groups.what"), where: t("form.groups.where"), when: t("form.groups.when"), links: t("form.groups.links") },
    themes: t("fields.themes"),
    ipAreas: t("fields.ipAreas"),
    countries: t("fields.countries"),
    partnerCountries: t("fields.partnerCountries"),
    multipleHint: t("form.multipleHint"),
    partners: t("fields.partners"),
    linesHint: t("form.linesHint"),
    igoSupport: t("fields.igoSupport"),
    donorCountry: t("fields.donorCountry"),
    periodStart: t("fields.periodStart"),
    periodEnd: t("fields.periodEnd"),
    activityIds: t("fields.activityIds"),
    matchIds: t("fields.matchIds"),
    consultantIds: t("fields.consultantIds"),
    idsHint: t("form.idsHint"),
    save: t("form.save"),
    create: t("form.create"),
    fixErrors: tc("actionRefused.fixErrors"),
    fieldError: t("form.fieldError", { field: "{{field}}", message: "{{message}}", interpolation: { escapeValue: false } }),
    conflict: t("form.conflict"),
    theirs: t("form.theirs"),
    empty: t("form.empty"),
    refused: Object.fromEntries(REFUSALS.map((r) => [r, tc(`actionRefused.${r}`)])),
    errors: errors.errors as Record<string, string>,
  };
  const props = {
    locales,
    localeNames: LOCALE_NAMES as Record<string, string>,
    dirs: Object.fromEntries(LOCALES.map((l) => [l, direction(l)])) as Record<string, "rtl" | "ltr">,
    options: {
      themes: THEMES.map((v) => ({ value: v, label: tc(`themes.${v}`) })),
      ipAreas: IP_AREAS.map((v) => ({ value: v, label: ta(`ipAreas.${v}`) })),
      countries,
    },
    strings,
  };
  return { t, tc, props };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));

function refusal(t: Awaited<ReturnType<typeof formParts>>["t"], tc: Awaited<ReturnType<typeof formParts>>["tc"], searchParams: Record<string, string | string[]>) {
  const refused = one(searchParams.refused);
  if (!refused) return null;
  const reason = one(searchParams.reason);
  const field = one(searchParams.field);
  return (
    <div role="alert" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
      <p>{tc(`actionRefused.${(REFUSALS as readonly string[]).includes(refused) ? refused : "fixErrors"}`)}</p>
      {reason ? <p>{t("form.fieldError", { field: t(`fields.${field.split(".")[0]}`, { defaultValue: field }), message: t(`errors.${reason}`, { defaultValue: t("errors.invalid") }) })}</p> : null}
    </div>
  );
}

/**
 * A new story: the blank form, or (with ?response=<id>&initiative=<n>, or ?match=<id>) a button
 * that starts the draft from that questionnaire initiative or completed match and opens its form.
 */
export async function NewStoryPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, string | string[]> }) {
  const match = one(searchParams.match);
  const response = one(searchParams.response);
  const initiative = one(searchParams.initiative);
  const origin = match ? `?match=${encodeURIComponent(match)}` : response ? `?response=${encodeURIComponent(response)}&initiative=${encodeURIComponent(initiative)}` : "";
  await requirePageAccess(lng, "stories.manage", `/${lng}/stories/new${origin}`);
  const { t, tc, props } = await formParts(lng);
  return (
    <section className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm">
        <a href={`/${lng}/stories/manage`} className="underline">{t("manage.back")}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t("form.new")}</h1>
      {refusal(t, tc, searchParams)}
      {match || response ? (
        <form action={startStoryAction} className="mt-6 space-y-3">
          <input type="hidden" name="lng" value={lng} />
          {match ? <input type="hidden" name="match" value={match} /> : <><input type="hidden" name="response" value={response} /><input type="hidden" name="initiative" value={initiative} /></>}
          <p>{match ? t("form.fromMatch") : t("form.fromResponse", { number: Number(initiative) + 1 || 1 })}</p>
          <button type="submit" className={button}>{t("form.start")}</button>
        </form>
      ) : (
        <>
          <p className="mt-2 max-w-3xl text-slate-700">{t("form.lead")}</p>
          <div className="mt-6">
            <StoryForm lng={lng} initial={blankStoryValues(lng)} {...props} />
          </div>
        </>
      )}
    </section>
  );
}

/** Editing a story (the secretariat), based on the version read; its images below the form. */
export async function EditStoryPage({ lng, id, searchParams }: { lng: Locale; id: string; searchParams: Record<string, string | string[]> }) {
  if (!storyIdSchema.safeParse(id).success) notFound();
  const user = await requirePageAccess(lng, "stories.manage", `/${lng}/stories/${id}/edit`);
  let s: StoryDetail;
  try {
    s = await getStory(id, user, lng);
  } catch (e) {
    if (classifyError(e)?.kind === "not_found") notFound();
    throw e;
  }
  if (!s.manage) notFound();
  const { t, tc, props } = await formParts(lng);
  const done = one(searchParams.done);
  const header = (
    <>
      <p className="text-sm">
        <a href={`/${lng}/stories/manage`} className="underline">{t("manage.back")}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t("form.edit")}</h1>
      <p className="mt-2 text-slate-700">
        {t(`statuses.${s.status}`)} · <span dir="auto" lang={s.locale}>{s.title}</span> · <a href={`/${lng}/stories/${id}`} className="font-semibold underline">{t("form.preview")}</a>
      </p>
    </>
  );
  if (!isStoryEditable(s.status)) {
    return (
      <section className="mx-auto max-w-4xl px-4 py-8">
        {header}
        <p className="mt-4">{t("manage.archivedHint")}</p>
      </section>
    );
  }
  return (
    <section className="mx-auto max-w-4xl px-4 py-8">
      {header}
      {done ? <p role="status" className="mt-4 rounded border-s-4 border-green-700 bg-green-50 p-3 text-green-900">{t(`form.done.${done}`, { defaultValue: t("story.saved") })}</p> : null}
      {refusal(t, tc, searchParams)}
      <div className="mt-6">
        <StoryForm lng={lng} id={id} version={s.manage.version} initial={storyToFormValues(s.manage.input)} {...props} />
      </div>
      <section aria-labelledby="story-images" className="mt-8 rounded border border-slate-300 p-4">
        <h2 id="story-images" className="text-xl font-bold text-brand-900">{t("images.title")}</h2>
        {s.images.length ? (
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {s.images.map((img) => (
              <li key={img.id} className="space-y-2">
                {/* eslint-disable-next-line @next/next/no-img-element -- served by the portal's own route */}
                <img src={img.url} alt={img.alt} className="h-auto w-full rounded border border-slate-200" />
                <form action={removeStoryImageAction}>
                  <input type="hidden" name="lng" value={lng} />
                  <input type="hidden" name="id" value={id} />
                  <input type="hidden" name="imageId" value={img.id} />
                  <button type="submit" className={secondary}>{t("images.remove")}<span className="sr-only">: {img.alt}</span></button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">{t("images.none")}</p>
        )}
        <form action={addStoryImageAction} className="mt-4 grid gap-3 sm:grid-cols-2">
          <input type="hidden" name="lng" value={lng} />
          <input type="hidden" name="id" value={id} />
          <div className="sm:col-span-2">
            <label htmlFor="image-file" className="block font-semibold">{t("fields.file")}</label>
            <p id="image-file-hint" className="text-sm text-slate-700">{t("images.hint")}</p>
            <input id="image-file" type="file" name="file" accept="image/png,image/jpeg,image/webp" aria-describedby="image-file-hint" className="mt-1 block" />
          </div>
          <div>
            <label htmlFor="image-alt" className="block font-semibold">{t("fields.alt")}</label>
            <input id="image-alt" type="text" name="alt" maxLength={300} className={input} dir="auto" />
          </div>
          <div>
            <label htmlFor="image-alt-locale" className="block font-semibold">{t("images.altLocale")}</label>
            <select id="image-alt-locale" name="altLocale" defaultValue={s.sourceLocale} className={input}>
              {LOCALES.map((l) => <option key={l} value={l}>{LOCALE_NAMES[l]}</option>)}
            </select>
          </div>
          <p className="sm:col-span-2">
            <button type="submit" className={button}>{t("images.add")}</button>
          </p>
        </form>
      </section>
    </section>
  );
}
