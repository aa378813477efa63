import { LOCALES, type LocalizedText } from "@/lib/i18n/locales";
import type { RawRow } from "./columns";

interface ActivityLike {
  externalRef: string | null;
  title: LocalizedText;
  description: LocalizedText;
  type: string;
  ipAreas: string[];
  organisingUnit: string;
  startDate: string;
  endDate: string;
  venueCity: string | null;
  venueCountry: string | null;
  online: boolean;
  beneficiaries: { country: string; participants: number }[];
  languages: string[];
  fundingType: string;
  fundingDonor: string | null;
  fundingPartner: string | null;
  partners: string[];
  experts: { name: string; country: string | null }[];
  status: string;
  links: { label: string; url: string }[];
  igoSupport?: boolean;
}

/** An activity in the import template's cells: the editing form uses the same fields as the import. */
export function activityToRow(a: ActivityLike): RawRow {
  const row: RawRow = {
    external_ref: a.externalRef ?? "",
    type: a.type,
    ip_areas: a.ipAreas.join(";"),
    organising_unit: a.organisingUnit,
    start_date: a.startDate,
    end_date: a.endDate,
    venue_city: a.venueCity ?? "",
    venue_country: a.venueCountry ?? "",
    online: a.online ? "true" : "",
    beneficiaries: a.beneficiaries.map((b) => `${b.country}:${b.participants}`).join(";"),
    languages: a.languages.join(";"),
    funding_type: a.fundingType,
    funding_donor: a.fundingDonor ?? "",
    funding_partner: a.fundingPartner ?? "",
    partners: a.partners.join(";"),
    igo_support: a.igoSupport ? "true" : "",
    experts: a.experts.map((e) => (e.country ? `${e.name}|${e.country}` : e.name)).join(";"),
    status: a.status,
    links: a.links.map((l) => `${l.label}|${l.url}`).join(";"),
  };
  for (const l of LOCALES) {
    row[`title_${l}`] = a.title[l] ?? "";
    row[`description_${l}`] = a.description[l] ?? "";
  }
  return row;
}
