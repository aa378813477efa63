import "server-only";
import { Prisma, type DbTx } from "@/lib/db";
import type { LocalizedText } from "@/lib/i18n/locales";
import type { IpArea } from "@/modules/activities/constants";
import type { Availability, ConsultantStatus, Gender, LanguageLevel, Sector, Skill } from "../constants";
import type { ConsultantProfileInput } from "../schemas";

/** A profile as the workflow reads it (any status), with its languages and CV facts, never the CV's bytes. */
export interface ProfileRow {
  id: string;
  user_id: string | null;
  status: ConsultantStatus;
  version: number;
  full_name: string;
  latin_name: string | null;
  residence_country: string;
  gender: Gender | null;
  organisation: string;
  position: string;
  ip_areas: IpArea[];
  skills: Skill[];
  sectors: Sector[];
  years_experience: number;
  bio: LocalizedText;
  availability: Availability;
  unavailable_until: string | null;
  travel: boolean;
  remote: boolean;
  email: string;
  phone: string | null;
  nationalities: string[];
  language_list: { code: string; level: LanguageLevel }[];
  last_confirmed_at: Date;
  submitted_at: Date | null;
  reminded_at: Date | null;
  review_comment: string | null;
  nominated_by: string | null;
  created_at: Date;
  updated_at: Date;
  cv_filename: string | null;
  cv_size: number | null;
  cv_uploaded_at: Date | null;
}

const SELECT = Prisma.sql`
  SELECT c.id, c.user_id, c.status::text AS status, c.version, c.full_name, c.latin_name, c.residence_country, c.gender::text AS gender,
         c.organisation, c.position, c.ip_areas::text[] AS ip_areas, c.skills::text[] AS skills, c.sectors::text[] AS sectors,
         c.years_experience::int AS years_experience, c.bio, c.availability::text AS availability, c.unavailable_until::text AS unavailable_until,
         c.travel, c.remote, c.email, c.phone,
         ARRAY(SELECT n.country_code::text FROM consultant_nationality n WHERE n.consultant_id = c.id ORDER BY n.country_code) AS nationalities,
         coalesce((SELECT json_agg(json_build_object('code', l.code, 'level', l.level) ORDER BY l.level DESC, l.code)
                   FROM consultant_language l WHERE l.consultant_id = c.id), '[]'::json) AS language_list,
         c.last_confirmed_at, c.submitted_at, c.reminded_at, c.review_comment, c.nominated_by, c.created_at, c.updated_at,
         cv.filename AS cv_filename, octet_length(cv.bytes)::int AS cv_size, cv.uploaded_at AS cv_uploaded_at
  FROM consultant c LEFT JOIN consultant_cv cv ON cv.consultant_id = c.id`;

/** The profile of an account, or null. `lock`: FOR UPDATE of the profile row (inside a transaction). */
export async function profileOfUser(tx: DbTx, userId: string, { lock = false } = {}): Promise<ProfileRow | null> {
  const rows = await tx.$queryRaw<ProfileRow[]>`${SELECT} WHERE c.user_id = ${userId}::uuid ${lock ? Prisma.sql`FOR UPDATE OF c` : Prisma.empty}`;
  return rows[0] ?? null;
}

export async function profileById(tx: DbTx, id: string, { lock = false } = {}): Promise<ProfileRow | null> {
  const rows = await tx.$queryRaw<ProfileRow[]>`${SELECT} WHERE c.id = ${id}::uuid ${lock ? Prisma.sql`FOR UPDATE OF c` : Prisma.empty}`;
  return rows[0] ?? null;
}

/** The stored profile as the input it was saved from (a nominee's stub lacks what they have not filled in yet). */
export function rowToInput(row: ProfileRow): ConsultantProfileInput {
  return {
    fullName: row.full_name,
    latinName: row.latin_name,
    nationalities: row.nationalities,
    residenceCountry: row.residence_country,
    gender: row.gender,
    organisation: row.organisation,
    position: row.position,
    ipAreas: row.ip_areas,
    skills: row.skills,
    sectors: row.sectors,
    yearsExperience: row.years_experience,
    bio: row.bio,
    languages: row.language_list,
    availability: row.availability,
    unavailableUntil: row.unavailable_until,
    travel: row.travel,
    remote: row.remote,
    email: row.email,
    phone: row.phone,
  };
}
