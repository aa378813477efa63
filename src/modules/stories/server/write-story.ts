import "server-only";
import { arrayLiteral } from "@/lib/db/array-literal";
import { db, Prisma, type DbTx } from "@/lib/db";
import { invalidInput, type InvalidParam } from "@/lib/errors";
import { countryFacts, type CountryFacts } from "@/modules/countries/server";
import type { StoryOrigin } from "../constants";
import { deriveStoryFacts, tsvectorText } from "../derive";
import type { StoryInput } from "../schemas";

/** The typed and derived columns of a story, as SQL values (`facts`: the countries' classification, read once per process). */
export async function storyColumns(input: StoryInput, facts?: Map<string, CountryFacts>): Promise<Record<string, Prisma.Sql>> {
  const d = deriveStoryFacts(input, facts ?? (await countryFacts(db())));
  return {
    source_locale: Prisma.sql`${input.sourceLocale}`,
    complete_locales: Prisma.sql`${arrayLiteral(d.completeLocales)}::text[]`,
    title: Prisma.sql`${JSON.stringify(input.title)}::jsonb`,
    summary: Prisma.sql`${JSON.stringify(input.summary)}::jsonb`,
    body: Prisma.sql`${JSON.stringify(input.body)}::jsonb`,
    results: Prisma.sql`${JSON.stringify(input.results)}::jsonb`,
    themes: Prisma.sql`${arrayLiteral(input.themes)}::"Theme"[]`,
    ip_areas: Prisma.sql`${arrayLiteral(input.ipAreas)}::"IpArea"[]`,
    countries: Prisma.sql`${arrayLiteral([...input.countries].sort())}::text[]`,
    partner_countries: Prisma.sql`${arrayLiteral([...input.partnerCountries].sort())}::text[]`,
    partners: Prisma.sql`${arrayLiteral(input.partners)}::text[]`,
    igo_support: Prisma.sql`${input.igoSupport}`,
    donor_country: Prisma.sql`${input.donorCountry}`,
    modality: Prisma.sql`${d.modality.replace("-", "_")}::"Modality"`,
    place_regions: Prisma.sql`${arrayLiteral(d.placeRegions)}::text[]`,
    place_statuses: Prisma.sql`${arrayLiteral(d.placeStatuses)}::text[]`,
    period_start: Prisma.sql`${input.periodStart}::int`,
    period_end: Prisma.sql`${input.periodEnd}::int`,
    search_vector: Prisma.sql`${tsvectorText(d.searchTokens, d.titleTokens)}::tsvector`,
  };
}

/**
 * The linked records must exist: activities, matches, and approved roster profiles (a profile
 * not approved is not public and cannot be shown). Each unknown id is a 400 naming its place.
 */
export async function checkLinks(tx: DbTx, input: Pick<StoryInput, "activityIds" | "matchIds" | "consultantIds">): Promise<void> {
  const known = async (sql: Prisma.Sql) => new Set((await tx.$queryRaw<{ id: string }[]>(sql)).map((r) => r.id));
  // One after another: a transaction's connection runs one statement at a time.
  const activities = input.activityIds.length ? await known(Prisma.sql`SELECT id::text FROM activity WHERE id = ANY(${input.activityIds}::uuid[])`) : new Set<string>();
  const matches = input.matchIds.length ? await known(Prisma.sql`SELECT id::text FROM match WHERE id = ANY(${input.matchIds}::uuid[])`) : new Set<string>();
  const consultants = input.consultantIds.length
    ? await known(Prisma.sql`SELECT id::text FROM consultant WHERE id = ANY(${input.consultantIds}::uuid[]) AND status = 'approved'`)
    : new Set<string>();
  const problems: InvalidParam[] = [
    ...input.activityIds.flatMap((id, i) => (activities.has(id) ? [] : [{ name: `activityIds.${i}`, reason: "unknown_activity" }])),
    ...input.matchIds.flatMap((id, i) => (matches.has(id) ? [] : [{ name: `matchIds.${i}`, reason: "unknown_match" }])),
    ...input.consultantIds.flatMap((id, i) => (consultants.has(id) ? [] : [{ name: `consultantIds.${i}`, reason: "unknown_consultant" }])),
  ];
  if (problems.length) throw invalidInput(problems);
}

async function writeLinks(tx: DbTx, id: string, input: StoryInput): Promise<void> {
  await tx.$executeRaw`DELETE FROM story_activity WHERE story_id = ${id}::uuid`;
  await tx.$executeRaw`DELETE FROM story_match WHERE story_id = ${id}::uuid`;
  await tx.$executeRaw`DELETE FROM story_consultant WHERE story_id = ${id}::uuid`;
  if (input.activityIds.length) await tx.$executeRaw`INSERT INTO story_activity (story_id, activity_id) SELECT ${id}::uuid, unnest(${input.activityIds}::uuid[])`;
  if (input.matchIds.length) await tx.$executeRaw`INSERT INTO story_match (story_id, match_id) SELECT ${id}::uuid, unnest(${input.matchIds}::uuid[])`;
  if (input.consultantIds.length) await tx.$executeRaw`INSERT INTO story_consultant (story_id, consultant_id) SELECT ${id}::uuid, unnest(${input.consultantIds}::uuid[])`;
}

export interface StoryOriginRef {
  origin: StoryOrigin;
  responseId?: string | null;
  initiativeIndex?: number | null;
  matchId?: string | null;
}

/** `facts` as for storyColumns; `createdBy` null for the demo seed. */
export async function insertStory(tx: DbTx, id: string, input: StoryInput, createdBy: string | null, ref: StoryOriginRef = { origin: "scratch" }, facts?: Map<string, CountryFacts>): Promise<void> {
  await checkLinks(tx, input);
  const cols = await storyColumns(input, facts);
  const names = Object.keys(cols).map((k) => Prisma.raw(k));
  await tx.$executeRaw`INSERT INTO story (id, origin, response_id, initiative_index, match_id, created_by, ${Prisma.join(names)})
    VALUES (${id}::uuid, ${ref.origin}::"StoryOrigin", ${ref.responseId ?? null}::uuid, ${ref.initiativeIndex ?? null}::int, ${ref.matchId ?? null}::uuid,
      ${createdBy}::uuid, ${Prisma.join(Object.values(cols))})`;
  await writeLinks(tx, id, input);
}

/** Replaces a story's fields and links (the caller locked the row and checked its version); returns the new version. */
export async function updateStoryRow(tx: DbTx, id: string, input: StoryInput): Promise<number> {
  await checkLinks(tx, input);
  const cols = await storyColumns(input);
  const sets = Object.entries(cols).map(([k, v]) => Prisma.sql`${Prisma.raw(k)} = ${v}`);
  const [row] = await tx.$queryRaw<{ version: number }[]>`UPDATE story SET ${Prisma.join(sets)}, version = version + 1, updated_at = now()
    WHERE id = ${id}::uuid RETURNING version`;
  await writeLinks(tx, id, input);
  return row!.version;
}
