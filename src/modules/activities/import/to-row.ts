import { LOCALES } from "@/lib/i18n/locales";
import type { ActivityDetail } from "../server";
import type { RawRow } from "./columns";
import { joinCell } from "./list-cells";

/** What the form needs of a stored activity (ActivityDetail has it all). */
type ActivityLike = Omit<ActivityDetail, "id" | "version" | "contentLocales" | "totalParticipants" | "modality" | "beneficiaryRegions">;

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
    partners: joinCell(a.partners.map((p) => [p])),
    igo_support: a.igoSupport ? "true" : "",
    experts: joinCell(a.experts.map((e) => (e.country ? [e.name, e.country] : [e.name]))),
    status: a.status,
    links: joinCell(a.links.map((l) => [l.label, l.url])),
  };
  for (const l of LOCALES) {
    row[`title_${l}`] = a.title[l] ?? "";
    row[`description_${l}`] = a.description[l] ?? "";
  }
  return row;
}
