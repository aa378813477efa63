import "server-only";
import { Prisma, type DbTx } from "@/lib/db";
import type { ConsultantStatus } from "../constants";
import { deriveConsultantFacts, tsvectorText } from "../derive";
import type { ConsultantProfileInput } from "../schemas";
import { arrayLiteral, type WriteContext } from "./copy-writer";

/**
 * The workflow's writer of one profile, inside the caller's transaction (auditedWrite): the
 * same derived columns as the COPY writer (derive.ts: nationalities, their regions and
 * statuses, languages, bio locales, the search vector with weighted name tokens), so a profile
 * saved through the form is found exactly like a seeded one. The children (nationalities,
 * languages) are replaced with it.
 */
function columns(input: ConsultantProfileInput, ctx: WriteContext) {
  const d = deriveConsultantFacts(
    { ...input, latinName: input.latinName ?? null, bio: input.bio, languages: input.languages },
    ctx.facts,
    ctx.skillLabels,
  );
  return {
    d,
    sql: {
      full_name: Prisma.sql`${input.fullName}`,
      latin_name: Prisma.sql`${input.latinName ?? null}`,
      residence_country: Prisma.sql`${input.residenceCountry}`,
      gender: Prisma.sql`${input.gender ?? null}::"ConsultantGender"`,
      organisation: Prisma.sql`${input.organisation}`,
      position: Prisma.sql`${input.position}`,
      ip_areas: Prisma.sql`${arrayLiteral([...new Set(input.ipAreas)])}::"IpArea"[]`,
      skills: Prisma.sql`${arrayLiteral([...new Set(input.skills)])}::"ConsultantSkill"[]`,
      sectors: Prisma.sql`${arrayLiteral([...new Set(input.sectors)])}::"ConsultantSector"[]`,
      years_experience: Prisma.sql`${input.yearsExperience}::smallint`,
      bio: Prisma.sql`${JSON.stringify(input.bio)}::jsonb`,
      bio_locales: Prisma.sql`${arrayLiteral(d.bioLocales)}::text[]`,
      availability: Prisma.sql`${input.availability}::"ConsultantAvailability"`,
      unavailable_until: Prisma.sql`${input.unavailableUntil ?? null}::date`,
      travel: Prisma.sql`${input.travel}`,
      remote: Prisma.sql`${input.remote}`,
      email: Prisma.sql`${input.email}`,
      phone: Prisma.sql`${input.phone || null}`,
      nationalities: Prisma.sql`${arrayLiteral(d.nationalities)}::text[]`,
      nationality_regions: Prisma.sql`${arrayLiteral(d.nationalityRegions)}::text[]`,
      nationality_statuses: Prisma.sql`${arrayLiteral(d.nationalityStatuses)}::text[]`,
      languages: Prisma.sql`${arrayLiteral(d.languages)}::text[]`,
      search_vector: Prisma.sql`${tsvectorText(d.searchTokens, d.nameTokens)}::tsvector`,
    },
  };
}

async function writeChildren(tx: DbTx, id: string, nationalities: string[], input: ConsultantProfileInput) {
  await tx.$executeRaw`DELETE FROM consultant_nationality WHERE consultant_id = ${id}::uuid`;
  await tx.$executeRaw`DELETE FROM consultant_language WHERE consultant_id = ${id}::uuid`;
  await tx.$executeRaw`INSERT INTO consultant_nationality (consultant_id, country_code)
    SELECT ${id}::uuid, c FROM unnest(${arrayLiteral(nationalities)}::text[]) AS c`;
  await tx.$executeRaw`INSERT INTO consultant_language (consultant_id, code, level)
    SELECT ${id}::uuid, l.code, l.level::"LanguageLevel"
    FROM unnest(${arrayLiteral(input.languages.map((l) => l.code))}::text[], ${arrayLiteral(input.languages.map((l) => l.level))}::text[]) AS l(code, level)`;
}

/** Inserts a new profile (the applicant's first save). */
export async function insertProfile(
  tx: DbTx,
  id: string,
  input: ConsultantProfileInput,
  ctx: WriteContext,
  { userId, status, submitted }: { userId: string | null; status: ConsultantStatus; submitted: boolean },
): Promise<void> {
  const { d, sql } = columns(input, ctx);
  const names = Object.keys(sql).map((k) => Prisma.raw(k));
  await tx.$executeRaw`INSERT INTO consultant (id, user_id, status, submitted_at, ${Prisma.join(names)})
    VALUES (${id}::uuid, ${userId}::uuid, ${status}::"ConsultantStatus", ${submitted ? new Date() : null}::timestamptz, ${Prisma.join(Object.values(sql))})`;
  await writeChildren(tx, id, d.nationalities, input);
}

/**
 * Replaces an existing profile's fields (the caller has locked the row and checked its
 * version) and moves it to `status`; returns the new version.
 */
export async function updateProfile(
  tx: DbTx,
  id: string,
  input: ConsultantProfileInput,
  ctx: WriteContext,
  { status, submitted }: { status: ConsultantStatus; submitted: boolean },
): Promise<number> {
  const { d, sql } = columns(input, ctx);
  const sets = Object.entries(sql).map(([k, v]) => Prisma.sql`${Prisma.raw(k)} = ${v}`);
  const [row] = await tx.$queryRaw<{ version: number }[]>`UPDATE consultant SET ${Prisma.join(sets)},
      status = ${status}::"ConsultantStatus",
      submitted_at = CASE WHEN ${submitted}::boolean THEN now() ELSE submitted_at END,
      version = version + 1, updated_at = now()
    WHERE id = ${id}::uuid RETURNING version`;
  await writeChildren(tx, id, d.nationalities, input);
  return row!.version;
}
