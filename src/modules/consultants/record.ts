import type { LocalizedText } from "@/lib/i18n/locales";
import type { IpArea } from "@/modules/activities/constants";
import type { AssignmentRole, Availability, ConsultantStatus, Gender, LanguageLevel, Sector, Skill } from "./constants";

/** A complete profile as the COPY writer takes it (server/copy-writer.ts); the derived columns are computed from it. */
export interface ConsultantRecord {
  id: string;
  externalRef: string | null;
  userId: string | null;
  status: ConsultantStatus;
  fullName: string;
  latinName: string | null;
  residenceCountry: string;
  gender: Gender | null;
  organisation: string;
  position: string;
  ipAreas: IpArea[];
  skills: Skill[];
  sectors: Sector[];
  yearsExperience: number;
  bio: LocalizedText;
  availability: Availability;
  unavailableUntil: string | null;
  travel: boolean;
  remote: boolean;
  email: string;
  phone: string | null;
  /** ISO 8601. */
  lastConfirmedAt: string;
  nationalities: string[];
  languages: { code: string; level: LanguageLevel }[];
}

/** A consultant's part in an activity. */
export interface AssignmentRecord {
  id: string;
  consultantId: string;
  activityId: string;
  role: AssignmentRole;
  startsOn: string;
  endsOn: string;
}

