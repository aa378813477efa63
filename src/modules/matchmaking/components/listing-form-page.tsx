import { forbidden, notFound } from "next/navigation";
import { classifyError } from "@/lib/classify-error";
import { languageNames } from "@/lib/i18n/format";
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES, direction, type Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { IP_AREAS } from "@/modules/activities/constants";
import { decide } from "@/modules/accounts/policy";
import { requirePageAccess, type CurrentUser } from "@/modules/accounts/server";
import { THEMES } from "@/modules/content/constants";
import { COUNTRY_CODES } from "@/modules/countries/constants";
import { listRegionOptions, placeNames } from "@/modules/countries/server";
import { LISTING_KINDS, ORGANISATION_TYPES, SUPPORT_FORMS, SUPPORT_TYPES, type ListingKind } from "../constants";
import { listingToFormValues, type ListingFormValues } from "../listing-form";
import { listingIdSchema, type ListingDetail } from "../schemas";
import { getListing } from "../server";
import { isEditable } from "../state-machine";
import { ListingForm, type ListingField } from "./listing-form";
import { errorStrings, refusedStrings } from "./strings";

async function formParts(lng: Locale, kind: ListingKind, user: CurrentUser, fixedCountry: string | null) {
  const [t, tc, ta, names, regions] = await Promise.all([getT(lng, "matchmaking"), getT(lng, "common"), getT(lng, "activities"), placeNames(lng), listRegionOptions(lng)]);
  const languages = languageNames(lng);
  const collator = new Intl.Collator(LOCALE_TAGS[lng]);
  const countries = COUNTRY_CODES.map((c) => ({ value: c, label: names.country(c) })).sort((a, b) => collator.compare(a.label, b.label));
  const f = (key: string) => t(`form.fields.${key}`);
  const opts = (values: readonly string[], label: (v: string) => string) => values.map((v) => ({ value: v, label: label(v) }));
  // The reader's language first: most people write in it.
  const locales = [lng, ...LOCALES.filter((l) => l !== lng)];
  const fields: ListingField[] = [
    ...locales.flatMap((l): ListingField[] => [
      { name: `title_${l}`, label: t("form.titleIn", { language: LOCALE_NAMES[l] }), kind: "text", lang: l, dir: direction(l), group: l === lng ? "text" : "translations" },
      { name: `description_${l}`, label: t("form.descriptionIn", { language: LOCALE_NAMES[l] }), kind: "textarea", lang: l, dir: direction(l), group: l === lng ? "text" : "translations" },
    ]),
    { name: "organisation", label: f("organisation"), kind: "text", group: "who" },
    { name: "organisationType", label: f("organisationType"), kind: "select", options: opts(ORGANISATION_TYPES, (v) => t(`form.organisationTypes.${v}`)), group: "who" },
    fixedCountry
      ? { name: "ownerCountry", label: f("ownerCountry"), kind: "fixed", shown: names.country(fixedCountry), hint: t("form.hints.ownerCountryFixed"), group: "who" }
      : { name: "ownerCountry", label: f("ownerCountry"), kind: "select", options: countries, hint: kind === "need" ? t("form.hints.ownerCountryNeed") : undefined, group: "who" },
    { name: "supportType", label: f("supportType"), kind: "select", options: opts(SUPPORT_TYPES, (v) => t(`supportTypes.${v}`)), group: "what" },
    { name: "forms", label: f("forms"), kind: "checkboxes", options: opts(SUPPORT_FORMS, (v) => t(`forms.${v}`)), group: "what" },
    { name: "ipAreas", label: f("ipAreas"), kind: "checkboxes", options: opts(IP_AREAS, (v) => ta(`ipAreas.${v}`)), group: "what" },
    { name: "themes", label: f("themes"), kind: "checkboxes", options: opts(THEMES, (v) => tc(`themes.${v}`)), group: "what" },
    { name: "countries", label: kind === "need" ? f("countriesNeed") : f("countriesOffer"), kind: "multiselect", options: countries, hint: t("form.hints.multiple"), group: "where" },
    { name: "regions", label: f("regions"), kind: "multiselect", options: regions.map((r) => ({ value: r.code, label: `${r.level === "region" ? "" : r.level === "subregion" ? "– " : "– – "}${r.name}` })), hint: t("form.hints.multiple"), group: "where" },
    { name: "languages", label: f("languages"), kind: "checkboxes", options: LOCALES.map((l) => ({ value: l, label: languages.of(LOCALE_TAGS[l]) ?? l })), group: "where" },
    { name: "languagesOther", label: f("languagesOther"), kind: "text", hint: t("form.hints.languagesOther"), dir: "ltr", group: "where" },
    { name: "budgetMin", label: f("budgetMin"), kind: "number", group: "when" },
    { name: "budgetMax", label: f("budgetMax"), kind: "number", group: "when" },
    { name: "currency", label: f("currency"), kind: "text", hint: t("form.hints.currency"), dir: "ltr", group: "when" },
    { name: "deadline", label: f("deadline"), kind: "date", group: "when" },
    { name: "timeframe", label: f("timeframe"), kind: "text", hint: t("form.hints.timeframe"), group: "when" },
    { name: "contactName", label: f("contactName"), kind: "text", group: "contact" },
    { name: "contactEmail", label: f("contactEmail"), kind: "email", dir: "ltr", group: "contact" },
    { name: "contactPhone", label: f("contactPhone"), kind: "tel", dir: "ltr", group: "contact" },
  ];
  const groups = ["text", "translations", "who", "what", "where", "when", "contact"].map((id) => ({ id, label: t(`form.groups.${id}`) }));
  const strings = {
    saveDraft: t("form.saveDraft"),
    submit: t("form.submit"),
    save: t("form.save"),
    fixErrors: tc("actionRefused.fixErrors"),
    fieldError: t("form.fieldError", { field: "{{field}}", message: "{{message}}", interpolation: { escapeValue: false } }),
    conflict: t("form.conflict"),
    theirs: t("form.theirs"),
    empty: t("form.empty"),
    refused: refusedStrings(tc),
    errors: await errorStrings(lng),
  };
  void user;
  return { t, fields, groups, strings };
}

/** A focal point files needs for their own country only (the secretariat for any). */
const fixedCountryOf = (user: CurrentUser, kind: ListingKind) =>
  kind === "need" && user.roles.includes("focal_point") && user.focalPointCountry && decide(user, "matchmaking.moderate") !== "allow" ? user.focalPointCountry : null;

/** "File a need" / "file an offer": the form for a new listing, saved as a draft or submitted. */
export async function NewListingPage({ lng, searchParams }: { lng: Locale; searchParams: Record<string, string | string[]> }) {
  const requested = String(searchParams.kind ?? "");
  const kind = (LISTING_KINDS as readonly string[]).includes(requested) ? (requested as ListingKind) : null;
  const user = await requirePageAccess(lng, "matchmaking.file", `/${lng}/matchmaking/new${kind ? `?kind=${kind}` : ""}`);
  const t = await getT(lng, "matchmaking");
  if (!kind) {
    return (
      <section className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="text-3xl font-bold text-brand-900">{t("form.chooseKind")}</h1>
        <ul className="mt-4 space-y-2">
          {LISTING_KINDS.map((k) => (
            <li key={k}>
              <a href={`/${lng}/matchmaking/new?kind=${k}`} className="font-semibold">{t(`nav.${k === "need" ? "fileNeed" : "fileOffer"}`)}</a>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const fixed = fixedCountryOf(user, kind);
  const { fields, groups, strings } = await formParts(lng, kind, user, fixed);
  const initial: ListingFormValues = { kind, ownerCountry: fixed ?? "", contactName: user.name, contactEmail: user.email, languages: [lng] };
  return (
    <section className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm"><a href={`/${lng}/matchmaking`}>{t("listing.back")}</a></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{kind === "need" ? t("form.newNeed") : t("form.newOffer")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{kind === "need" ? t("form.leadNeed") : t("form.leadOffer")}</p>
      <div className="mt-6">
        <ListingForm lng={lng} fields={fields} groups={groups} initial={{ ...initial, kind }} canSubmit strings={strings} />
      </div>
    </section>
  );
}

/** Editing a listing (its owners and the secretariat), based on the version read. */
export async function EditListingPage({ lng, id }: { lng: Locale; id: string }) {
  if (!listingIdSchema.safeParse(id).success) notFound();
  const user = await requirePageAccess(lng, "matchmaking.file", `/${lng}/matchmaking/listings/${id}/edit`);
  let l: ListingDetail;
  try {
    l = await getListing(id, user, lng);
  } catch (e) {
    if (classifyError(e)?.kind === "not_found") notFound();
    throw e;
  }
  if (l.version === null || !l.titleMap || !l.descriptionMap || !l.contact) forbidden();
  const t = await getT(lng, "matchmaking");
  if (!isEditable(l.status)) {
    return (
      <section className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="text-3xl font-bold text-brand-900">{t("form.edit")}</h1>
        <p className="mt-4">{t("form.notEditable", { status: t(`statuses.${l.status}`) })}</p>
        <p className="mt-2"><a href={`/${lng}/matchmaking/listings/${id}`}>{t("listing.backToListing")}</a></p>
      </section>
    );
  }
  const fixed = fixedCountryOf(user, l.kind) && l.ownerCountry === user.focalPointCountry ? l.ownerCountry : null;
  const { fields, groups, strings } = await formParts(lng, l.kind, user, fixed);
  const initial = listingToFormValues({
    kind: l.kind,
    title: l.titleMap,
    description: l.descriptionMap,
    organisation: l.organisation,
    organisationType: l.organisationType,
    ownerCountry: l.ownerCountry,
    supportType: l.supportType,
    forms: l.forms,
    ipAreas: l.ipAreas,
    themes: l.themes,
    countries: l.countries,
    regions: l.regions,
    languages: l.languages,
    budgetMin: l.budgetMin,
    budgetMax: l.budgetMax,
    currency: l.currency,
    deadline: l.deadline,
    timeframe: l.timeframe,
    contactName: l.contact.name,
    contactEmail: l.contact.email,
    contactPhone: l.contact.phone,
  });
  return (
    <section className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm"><a href={`/${lng}/matchmaking/listings/${id}`}>{t("listing.backToListing")}</a></p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{t("form.edit")}</h1>
      <p className="mt-2 text-slate-700">
        {t(`kinds.${l.kind}`)} · {t(`statuses.${l.status}`)} · <span dir="auto" lang={l.titleLocale}>{l.title}</span>
      </p>
      <div className="mt-6">
        <ListingForm lng={lng} id={id} version={l.version} fields={fields} groups={groups} initial={initial} canSubmit={l.transitions.includes("submitted")} strings={strings} />
      </div>
    </section>
  );
}
