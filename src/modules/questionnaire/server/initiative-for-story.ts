import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import type { IpArea } from "@/modules/activities/constants";
import type { Theme } from "@/modules/content/constants";
import { withoutHidden, type ItemAnswers } from "../answers";
import type { ResponseStatus } from "../constants";
import { STORY_SOURCE } from "../story-source";
import { getRound } from "./rounds";

export interface InitiativeDraft {
  responseId: string;
  index: number;
  status: ResponseStatus;
  country: string;
  /**
   * The language the answers were written in: that of the focal point who saved them last (a
   * revision; the secretariat's accepting is no save).
   */
  locale: Locale;
  title: string;
  summary: string;
  /** Markdown: what was done, the results, the lessons, whether others can replicate it. */
  body: string;
  results: string;
  themes: Theme[];
  ipAreas: IpArea[];
  partnerCountries: string[];
  partners: string[];
  periodStart: number | null;
  periodEnd: number | null;
}

const text = (item: ItemAnswers, id: string) => (typeof item[id] === "string" ? (item[id] as string).trim() : "");
const list = (item: ItemAnswers, id: string) => (Array.isArray(item[id]) ? (item[id] as string[]) : []);
const year = (item: ItemAnswers, id: string) => (typeof item[id] === "number" ? (item[id] as number) : null);

/** The first sentence (or first 280 characters) of a text: a story's summary to start from. */
function firstSentence(s: string): string {
  const m = /^(.{20,280}?[.!?。！？؟])(\s|$)/su.exec(s);
  return (m ? m[1]! : s.slice(0, 280)).trim();
}

/**
 * One initiative of a response, laid out as the start of a success story (the stories module
 * pre-fills its form with it; the secretariat then edits). Null when the response or the
 * initiative does not exist; the caller refuses anything but an accepted response. Which
 * questions feed which story field is written once, in story-source.ts.
 */
export async function initiativeForStory(responseId: string, index: number): Promise<InitiativeDraft | null> {
  const [row] = await db().$queryRaw<{ round_id: string; country: string; status: ResponseStatus; answers: Record<string, unknown>; lng: string | null }[]>`
    SELECT r.round_id::text, r.country, r.status::text AS status, r.answers,
      (SELECT u.preferred_language FROM questionnaire_revision v JOIN app_user u ON u.id = v.user_id
       WHERE v.response_id = r.id ORDER BY v.version DESC LIMIT 1) AS lng
    FROM questionnaire_response r WHERE r.id = ${responseId}::uuid`;
  if (!row) return null;
  const round = await getRound(row.round_id);
  const answers = withoutHidden(round.definition, row.answers as never);
  const item = (answers[STORY_SOURCE.group] as ItemAnswers[] | undefined)?.[index];
  if (!item) return null;
  const s = STORY_SOURCE;
  const done = text(item, s.whatWasDone);
  const results = text(item, s.results);
  const lessons = text(item, s.lessons);
  const needs = text(item, s.replicationNeeds) || text(item, s.adaptationNeeds);
  const links = text(item, s.links).split(/\s+/).filter((l) => /^https?:\/\/\S+$/.test(l));
  const sections = [
    done,
    results ? `## ${s.headings.results}\n\n${results}` : "",
    lessons ? `## ${s.headings.lessons}\n\n${lessons}` : "",
    needs ? `## ${s.headings.replication}\n\n${needs}` : "",
    links.length ? `## ${s.headings.links}\n\n${links.map((l) => `- <${l}>`).join("\n")}` : "",
  ].filter(Boolean);
  const partners = text(item, s.partnerOrganisations).split(/\n|;/).map((p) => p.trim()).filter(Boolean);
  return {
    responseId,
    index,
    status: row.status,
    country: row.country,
    locale: isLocale(row.lng) ? row.lng : DEFAULT_LOCALE,
    title: text(item, s.title),
    summary: firstSentence(done || results),
    body: sections.join("\n\n"),
    results,
    themes: list(item, s.themes) as Theme[],
    ipAreas: list(item, s.ipAreas) as IpArea[],
    partnerCountries: list(item, s.partnerCountries),
    partners,
    periodStart: year(item, s.periodStart),
    periodEnd: year(item, s.periodEnd),
  };
}
