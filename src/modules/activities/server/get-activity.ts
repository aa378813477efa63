import "server-only";
import { db } from "@/lib/db";
import type { LocalizedText } from "@/lib/i18n/locales";
import type { ActivityStatus, ActivityType, FundingType, IpArea, Modality } from "../constants";

export interface ActivityDetail {
  id: string;
  /** Incremented by every save: send it back (If-Match, or the form's hidden field) to be told when someone saved in between. */
  version: number;
  externalRef: string | null;
  title: LocalizedText;
  description: LocalizedText;
  contentLocales: string[];
  type: ActivityType;
  ipAreas: IpArea[];
  organisingUnit: string;
  startDate: string;
  endDate: string;
  venueCity: string | null;
  venueCountry: string | null;
  online: boolean;
  beneficiaries: { country: string; participants: number }[];
  totalParticipants: number;
  languages: string[];
  fundingType: FundingType;
  fundingDonor: string | null;
  fundingPartner: string | null;
  partners: string[];
  igoSupport: boolean;
  experts: { name: string; country: string | null }[];
  modality: Modality;
  status: ActivityStatus;
  links: { label: string; url: string }[];
  beneficiaryRegions: string[];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function getActivity(id: string): Promise<ActivityDetail | null> {
  const a = await db().activity.findUnique({
    where: { id },
    include: { beneficiaries: { orderBy: { country: "asc" } }, experts: { orderBy: { name: "asc" } } },
  });
  if (!a) return null;
  return {
    id: a.id,
    version: a.version,
    externalRef: a.externalRef,
    title: a.title as LocalizedText,
    description: a.description as LocalizedText,
    contentLocales: a.contentLocales,
    type: a.type,
    ipAreas: a.ipAreas,
    organisingUnit: a.organisingUnit,
    startDate: iso(a.startDate),
    endDate: iso(a.endDate),
    venueCity: a.venueCity,
    venueCountry: a.venueCountry,
    online: a.online,
    beneficiaries: a.beneficiaries.map((b) => ({ country: b.country, participants: b.participants })),
    totalParticipants: a.totalParticipants,
    languages: a.languages,
    fundingType: a.fundingType,
    fundingDonor: a.fundingDonor,
    fundingPartner: a.fundingPartner,
    partners: a.partners,
    igoSupport: a.igoSupport,
    experts: a.experts.map((e) => ({ name: e.name, country: e.country })),
    modality: a.modality.replace("_", "-") as Modality,
    status: a.status,
    links: (a.links as { label: string; url: string }[]) ?? [],
    beneficiaryRegions: a.beneficiaryRegions,
  };
}

/** Up to five other activities of the same type on a shared IP area in the same region, newest first. */
export async function relatedActivities(a: ActivityDetail, limit = 5): Promise<{ id: string; title: LocalizedText; startDate: string }[]> {
  const rows = await db().$queryRaw<{ id: string; title: LocalizedText; start_date: Date }[]>`
    SELECT id, title, start_date FROM activity
    WHERE id <> ${a.id}::uuid AND type = ${a.type}::text::"ActivityType"
      AND ip_areas && ${a.ipAreas}::text[]::"IpArea"[]
      AND beneficiary_regions && ${a.beneficiaryRegions.length ? a.beneficiaryRegions : [""]}::text[]
    ORDER BY start_date DESC, id DESC LIMIT ${limit}`;
  return rows.map((r) => ({ id: r.id, title: r.title, startDate: iso(r.start_date) }));
}

