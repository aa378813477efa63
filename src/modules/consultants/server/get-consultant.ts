import "server-only";
import { Prisma, sqlRows } from "@/lib/db";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale, LocalizedText } from "@/lib/i18n/locales";
import type { AssignmentRole, ConsultantStatus, Gender } from "../constants";
import type { ConsultantFull, ConsultantPublic } from "../schemas";
import { SUMMARY_COLUMNS, type PageRow } from "./page-query";
import { summaryOf } from "./search-consultants";

interface ProfileRow extends PageRow {
  bio_locales: string[];
  status: ConsultantStatus;
  email: string;
  phone: string | null;
  gender: Gender | null;
  has_cv: boolean;
  version: number;
}

interface AssignmentRow {
  id: string;
  activity_id: string;
  title: LocalizedText;
  role: AssignmentRole;
  starts_on: string;
  ends_on: string;
  beneficiary_countries: string[];
  modality: string;
}

/**
 * An approved profile with its assignments (newest first; those of cancelled activities, which
 * do not count, left out). `view: "full"` adds what only the policy's roles may read (contact,
 * gender, whether there is a CV): the caller decides who gets it. Null when there is no such
 * approved profile.
 */
export async function getConsultant(id: string, { view, lng }: { view: "public" | "full"; lng: Locale }): Promise<ConsultantPublic | ConsultantFull | null> {
  const [row] = await sqlRows<ProfileRow>(Prisma.sql`
    SELECT ${SUMMARY_COLUMNS}, NULL::real AS rank, c.bio_locales, c.status::text AS status, c.email, c.phone, c.gender::text AS gender,
           EXISTS (SELECT 1 FROM consultant_cv cv WHERE cv.consultant_id = c.id) AS has_cv, c.version
    FROM consultant c WHERE c.id = ${id}::uuid AND c.status = 'approved'`);
  if (!row) return null;
  const assignments = await sqlRows<AssignmentRow>(Prisma.sql`
    SELECT a.id, a.activity_id, ac.title, a.role::text AS role, a.starts_on::text AS starts_on, a.ends_on::text AS ends_on,
           ac.beneficiary_countries, ac.modality::text AS modality
    FROM consultant_assignment a JOIN activity ac ON ac.id = a.activity_id
    WHERE a.consultant_id = ${id}::uuid AND ac.status <> 'cancelled'
    ORDER BY a.starts_on DESC, a.id DESC`);
  const assignmentList = assignments.map((a) => {
    const title = pickLocalized(a.title, lng);
    return {
      id: a.id,
      activityId: a.activity_id,
      activityTitle: title.text,
      activityTitleLocale: title.locale,
      role: a.role,
      startsOn: a.starts_on,
      endsOn: a.ends_on,
      beneficiaryCountries: a.beneficiary_countries,
      modality: a.modality.replace("_", "-") as ConsultantPublic["assignmentList"][number]["modality"],
    };
  });
  const base = { ...summaryOf(row, lng), bioLocales: row.bio_locales, assignmentList };
  if (view === "public") return { ...base, view: "public" };
  return { ...base, view: "full", status: row.status, email: row.email, phone: row.phone, gender: row.gender, hasCv: row.has_cv, version: row.version };
}
