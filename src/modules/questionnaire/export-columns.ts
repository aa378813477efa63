import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { withoutHidden, type Answers, type ItemAnswers } from "./answers";
import { topQuestions, type Definition, type LeafQuestion } from "./definition";

/**
 * The columns of a round's export (docs/QUESTIONNAIRE.md, "Export"): one row per initiative
 * (an item of the definition's repeatable group; a response without one still has a row),
 * the response's own columns first, then each question in the definition's order, then the
 * group's questions. A multiple choice has one column per option (1 ticked, 0 not); countries,
 * IP areas and themes are one column of names joined by "; "; yes/no and single choices are
 * labels; every header and label is in the chosen language. Hidden (conditional) answers are
 * left out.
 */
export type ExportValue = string | number | null;

export interface ExportLabels {
  lng: Locale;
  /** Fixed headers and words: export.*, statuses.*, yes, no (questionnaire namespace). */
  t: (key: string) => string;
  country: (iso2: string) => string;
  ipArea: (code: string) => string;
  theme: (code: string) => string;
}

export interface ExportResponse {
  round: string;
  country: string;
  status: string;
  reference: string | null;
  submittedAt: string | null;
  answers: Answers;
}

interface Column {
  key: string;
  header: string;
  value: (r: ExportResponse, item: ItemAnswers | null) => ExportValue;
}

function leafColumns(q: LeafQuestion, labels: ExportLabels, read: (r: ExportResponse, item: ItemAnswers | null) => unknown, prefix: string): Column[] {
  const label = pickLocalized(q.label, labels.lng).text;
  const key = `${prefix}${q.id}`;
  const list = (names: (v: string) => string) => (r: ExportResponse, item: ItemAnswers | null) => {
    const v = read(r, item);
    return Array.isArray(v) && v.length ? v.map((x) => names(String(x))).join("; ") : null;
  };
  switch (q.type) {
    case "multiple_choice":
      return q.options.map((o) => ({
        key: `${key}.${o.value}`,
        header: `${label}: ${pickLocalized(o.label, labels.lng).text}`,
        value: (r, item) => {
          const v = read(r, item);
          return Array.isArray(v) ? (v.includes(o.value) ? 1 : 0) : null;
        },
      }));
    case "single_choice":
      return [{ key, header: label, value: (r, item) => {
        const v = read(r, item);
        const o = q.options.find((x) => x.value === v);
        return o ? pickLocalized(o.label, labels.lng).text : null;
      } }];
    case "yes_no":
      return [{ key, header: label, value: (r, item) => {
        const v = read(r, item);
        return v === true ? labels.t("yes") : v === false ? labels.t("no") : null;
      } }];
    case "countries":
      return [{ key, header: label, value: list(labels.country) }];
    case "ip_areas":
      return [{ key, header: label, value: list(labels.ipArea) }];
    case "themes":
      return [{ key, header: label, value: list(labels.theme) }];
    case "number":
      return [{ key, header: label, value: (r, item) => {
        const v = read(r, item);
        return typeof v === "number" ? v : null;
      } }];
    default:
      return [{ key, header: label, value: (r, item) => {
        const v = read(r, item);
        return typeof v === "string" && v !== "" ? v : null;
      } }];
  }
}

/** The export's header and rows for a definition and its responses. */
export function exportTable(def: Definition, responses: ExportResponse[], labels: ExportLabels): { keys: string[]; headers: string[]; rows: ExportValue[][] } {
  const questions = topQuestions(def);
  const group = questions.find((q) => q.type === "group");
  const fixed: Column[] = [
    { key: "round", header: labels.t("export.round"), value: (r) => r.round },
    { key: "country", header: labels.t("export.country"), value: (r) => r.country },
    { key: "country_name", header: labels.t("export.countryName"), value: (r) => labels.country(r.country) },
    { key: "status", header: labels.t("export.status"), value: (r) => labels.t(`statuses.${r.status}`) },
    { key: "reference", header: labels.t("export.reference"), value: (r) => r.reference },
    { key: "submitted_at", header: labels.t("export.submittedAt"), value: (r) => r.submittedAt },
  ];
  const top = questions.filter((q): q is LeafQuestion => q.type !== "group").flatMap((q) => leafColumns(q, labels, (r) => r.answers[q.id], ""));
  const initiativeNo: Column[] = group ? [{ key: `${group.id}.number`, header: labels.t("export.initiative"), value: () => null }] : [];
  const inGroup = group && group.type === "group" ? group.questions.flatMap((c) => leafColumns(c, labels, (_r, item) => item?.[c.id], `${group.id}.`)) : [];
  const columns = [...fixed, ...top, ...initiativeNo, ...inGroup];
  const rows: ExportValue[][] = [];
  for (const response of responses) {
    const r = { ...response, answers: withoutHidden(def, response.answers) };
    const items = group ? ((r.answers[group.id] as ItemAnswers[] | undefined) ?? []) : [];
    const each: (ItemAnswers | null)[] = items.length ? items : [null];
    each.forEach((item, i) => {
      rows.push(columns.map((c) => (c.key === `${group?.id}.number` ? (item ? i + 1 : null) : c.value(r, item))));
    });
  }
  return { keys: columns.map((c) => c.key), headers: columns.map((c) => c.header), rows };
}
