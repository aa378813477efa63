import "server-only";
import { db } from "@/lib/db";
import { pickLocalized } from "@/lib/i18n/localized";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { clientSubset, getT } from "@/lib/i18n/server";
import { REFUSALS } from "@/lib/actions/refusals";
import { IP_AREAS } from "@/modules/activities/constants";
import { THEMES } from "@/modules/content/constants";
import { countryFacts, placeNames } from "@/modules/countries/server";
import { findQuestion, type Definition, type LeafQuestion, type Question } from "../definition";
import type { FieldModel, FormModel, GroupModel } from "../form-model";
import type { ResponseFormStrings } from "./response-form";

/** A round's definition in the reader's language (labels, help, options, conditions spelt out). */
export async function formModel(lng: Locale, def: Definition): Promise<FormModel> {
  const [t, ta, tc, names, facts] = await Promise.all([getT(lng, "questionnaire"), getT(lng, "activities"), getT(lng, "common"), placeNames(lng), countryFacts(db())]);
  const collator = new Intl.Collator(LOCALE_TAGS[lng]);
  const countries = [...facts.keys()].map((c) => ({ value: c, label: names.country(c) })).sort((a, b) => collator.compare(a.label, b.label));
  const text = (map: unknown) => pickLocalized(map, lng);
  const condition = (q: Question | LeafQuestion): string | undefined => {
    if (!q.showIf) return undefined;
    const target = findQuestion(def, q.showIf.question);
    if (!target) return undefined;
    const answer =
      typeof q.showIf.equals === "boolean"
        ? t(q.showIf.equals ? "yes" : "no")
        : target.type === "single_choice"
          ? text(target.options.find((o) => o.value === q.showIf!.equals)?.label).text
          : String(q.showIf.equals);
    return t("form.answerOnlyIf", { question: text(target.label).text, answer, interpolation: { escapeValue: false } });
  };
  const leaf = (q: LeafQuestion): FieldModel => {
    const l = text(q.label);
    const options =
      q.type === "single_choice" || q.type === "multiple_choice"
        ? q.options.map((o) => ({ value: o.value, label: text(o.label).text }))
        : q.type === "ip_areas"
          ? IP_AREAS.map((v) => ({ value: v, label: ta(`ipAreas.${v}`) }))
          : q.type === "themes"
            ? THEMES.map((v) => ({ value: v, label: tc(`themes.${v}`) }))
            : q.type === "countries"
              ? countries
              : undefined;
    return {
      id: q.id,
      type: q.type,
      label: l.text,
      ...(l.fallback ? { labelLang: l.locale } : {}),
      ...(q.help ? { help: text(q.help).text } : {}),
      required: q.required,
      ...(q.showIf ? { condition: condition(q) } : {}),
      ...(options ? { options } : {}),
      ...(q.type === "countries" ? { multiple: q.multiple } : {}),
    };
  };
  const group = (q: Extract<Question, { type: "group" }>): GroupModel => ({
    id: q.id,
    type: "group",
    label: text(q.label).text,
    ...(q.help ? { help: text(q.help).text } : {}),
    required: q.required,
    ...(q.showIf ? { condition: condition(q) } : {}),
    itemLabel: text(q.itemLabel).text,
    maxItems: q.maxItems,
    questions: q.questions.map(leaf),
  });
  return {
    title: text(def.title).text,
    ...(def.intro ? { intro: text(def.intro).text } : {}),
    sections: def.sections.map((s) => ({ id: s.id, title: text(s.title).text, ...(s.help ? { help: text(s.help).text } : {}), questions: s.questions.map((q) => (q.type === "group" ? group(q) : leaf(q))) })),
  };
}

const keep = { interpolation: { escapeValue: false } };

export async function formStrings(lng: Locale): Promise<ResponseFormStrings> {
  const [t, tc] = await Promise.all([getT(lng, "questionnaire"), getT(lng, "common")]);
  const errors = (await clientSubset(lng, "questionnaire", ["errors"])).errors as Record<string, string>;
  return {
    required: t("form.required"),
    saveDraft: t("form.saveDraft"),
    submit: t("form.submit"),
    addItem: t("form.addItem", { item: "{{item}}", ...keep }),
    removeItem: t("form.removeItem", { item: "{{item}}", number: "{{number}}", ...keep }),
    itemHeading: t("form.itemHeading", { item: "{{item}}", number: "{{number}}", ...keep }),
    noneChosen: t("form.noneChosen"),
    chooseMany: t("form.chooseMany"),
    yes: t("yes"),
    no: t("no"),
    empty: t("form.empty"),
    errorSummary: t("form.errorSummary"),
    fieldError: t("form.fieldError", { field: "{{field}}", message: "{{message}}", ...keep }),
    refused: Object.fromEntries(REFUSALS.map((r) => [r, tc(`actionRefused.${r}`)])),
    errors,
    conflictTitle: t("conflict.title"),
    conflictIntro: t("conflict.intro"),
    conflictChange: t("conflict.change", { name: "{{name}}", when: "{{when}}", fields: "{{fields}}", ...keep }),
    updatedBy: t("conflict.updatedBy", { name: "{{name}}", ...keep }),
    theirAnswer: t("conflict.theirAnswer"),
    theyRemoved: t("conflict.theyRemoved"),
    keepWhich: t("conflict.keepWhich"),
    keepMine: t("conflict.keepMine"),
    keepTheirs: t("conflict.keepTheirs"),
    otherConflicts: t("conflict.otherConflicts"),
    autosaveSaved: t("autosave.saved", { time: "{{time}}", ...keep }),
    autosaveSaving: t("autosave.saving"),
    autosaveConflict: t("autosave.conflict"),
    autosaveInvalid: t("autosave.invalid"),
    autosaveFailed: t("autosave.failed"),
    autosaveFailedReason: t("autosaveFailure.reason", { reason: "{{reason}}", ...keep }),
    autosaveUnreachable: t("autosaveFailure.unreachable"),
  };
}
