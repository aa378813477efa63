import "server-only";
import { db, Prisma } from "@/lib/db";
import { conflict, invalidInput, notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import { countryFacts } from "@/modules/countries/server";
import { getMatch } from "@/modules/matchmaking/server";
import { initiativeForStory } from "@/modules/questionnaire/server";
import { storyInputSchema, type StoryInput } from "../schemas";
import { createStory, type SavedStory } from "./save-story";

/** The first paragraph of a text, at most 1,000 characters: a summary to start from. */
const firstParagraph = (s: string) => s.split(/\n\s*\n/)[0]!.trim().slice(0, 1000);

/** A pre-filled input that does not pass the story's checks names the origin's fields (e.g. an empty title). */
function parsed(raw: unknown, origin: string): StoryInput {
  const r = storyInputSchema.safeParse(raw);
  if (!r.success) throw invalidInput(r.error.issues.map((i) => ({ name: `${origin}.${i.path.join(".")}`, reason: i.message })), `The ${origin} lacks what a story needs; nothing was written`);
  return r.data;
}

async function refuseDuplicate(where: Prisma.Sql, what: string): Promise<void> {
  const [existing] = await db().$queryRaw<{ id: string }[]>`SELECT id::text FROM story WHERE ${where} LIMIT 1`;
  if (existing) throw conflict(`A story from this ${what} exists already (${existing.id}); nothing was written`, { storyId: existing.id });
}

/**
 * A draft story pre-filled from a completed match (docs/STORIES.md, "Origins"): its title and
 * outcome (the outcome's language is the story's source language), themes, IP areas, the
 * beneficiaries as countries, the other parties' countries as partner countries and every
 * party's name as partners, the start year, its activities and consultants, the match itself
 * linked. A developed funder's country becomes the donor; a triangular match without one had
 * an IGO's support. Only a completed match may become a story (409), one story per match.
 */
export async function storyFromMatch(user: CurrentUser, matchId: string, meta: RequestMeta): Promise<SavedStory> {
  const first = await getMatch(matchId, user, "en");
  if (first.status !== "completed") throw conflict(`The match is ${first.status}; only a completed match becomes a story`, { status: first.status });
  await refuseDuplicate(Prisma.sql`match_id = ${matchId}::uuid`, "match");
  const source = (first.outcome ? first.outcomeLocale : first.titleLocale) as Locale;
  const m = source === "en" ? first : await getMatch(matchId, user, source);
  const facts = await countryFacts(db());
  const others = m.parties.filter((p) => p.role !== "beneficiary");
  const donor = m.parties.find((p) => p.role === "funder" && p.country && facts.get(p.country)?.developmentStatus === "developed")?.country ?? null;
  const outcome = m.outcome.trim();
  const input = parsed(
    {
      sourceLocale: source,
      title: { [source]: m.title },
      summary: { [source]: outcome ? firstParagraph(outcome) : m.title },
      body: { [source]: outcome || m.title },
      themes: m.themes,
      ipAreas: m.ipAreas,
      countries: [...new Set(m.countries)],
      // The providers' countries, and a funder's from the South (as matchModality counts it); a developed funder is the donor.
      partnerCountries: [...new Set(others.flatMap((p) => (p.country && !m.countries.includes(p.country) && facts.get(p.country)?.developmentStatus !== "developed" ? [p.country] : [])))],
      partners: [...new Set(m.parties.map((p) => p.name.trim()).filter(Boolean))].slice(0, 30),
      igoSupport: m.modality === "triangular" && donor === null,
      donorCountry: donor,
      periodStart: Number(m.startsOn.slice(0, 4)),
      activityIds: m.activityIds,
      matchIds: [matchId],
      consultantIds: [...new Set(m.parties.flatMap((p) => (p.consultantId ? [p.consultantId] : [])))],
    },
    "match",
  );
  return createStory(user, input, meta, { origin: "match", matchId });
}

/**
 * A draft story pre-filled from one initiative of an accepted questionnaire response (the
 * questionnaire module lays it out: initiativeForStory). The answers' language is the source
 * language; the responding country is the story's country. Not accepted: 409; no such
 * response or initiative: 404; one story per initiative.
 */
export async function storyFromResponse(user: CurrentUser, responseId: string, index: number, meta: RequestMeta): Promise<SavedStory> {
  const d = await initiativeForStory(responseId, index);
  if (!d) throw notFound("No such response or initiative");
  if (d.status !== "accepted") throw conflict(`The response is ${d.status}; only an accepted response becomes a story`, { status: d.status });
  await refuseDuplicate(Prisma.sql`response_id = ${responseId}::uuid AND initiative_index = ${index}`, "initiative");
  const l = d.locale;
  const input = parsed(
    {
      sourceLocale: l,
      title: { [l]: d.title },
      summary: { [l]: d.summary || firstParagraph(d.body) },
      body: { [l]: d.body },
      results: d.results ? { [l]: d.results } : {},
      themes: [...new Set(d.themes)],
      ipAreas: [...new Set(d.ipAreas)],
      countries: [d.country],
      partnerCountries: [...new Set(d.partnerCountries.filter((c) => c !== d.country))],
      partners: [...new Set(d.partners.map((p) => p.trim()).filter(Boolean))].slice(0, 30),
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
    },
    "initiative",
  );
  return createStory(user, input, meta, { origin: "response", responseId, initiativeIndex: index });
}
