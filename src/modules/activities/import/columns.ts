import { LOCALES } from "@/lib/i18n/locales";
import { itemParts, itemText, listItems } from "./list-cells";

/**
 * The import template: one row per activity. Lists are `;`-separated; a
 * beneficiary is `CC:participants`, an expert `Name|CC`, a link `label|url`;
 * `\;`, `\|` and `\\` write those characters inside a name (list-cells.ts).
 * `consultant_ids` lists roster profiles (UUIDs) to assign as experts; it is not part of the
 * activity's input (`rowConsultantIds`).
 */
export const IMPORT_COLUMNS = [
  "external_ref",
  ...LOCALES.map((l) => `title_${l}`),
  ...LOCALES.map((l) => `description_${l}`),
  "type", "ip_areas", "organising_unit", "start_date", "end_date", "venue_city", "venue_country", "online",
  "beneficiaries", "languages", "funding_type", "funding_donor", "funding_partner", "partners", "igo_support",
  "experts", "status", "links",
  // Optional: roster profiles (docs/CONSULTANTS.md, "Assignments") assigned as experts.
  "consultant_ids",
] as const;

export type RawRow = Record<string, string>;

const list = (v: string | undefined) => listItems(v).map(itemText);
const bool = (v: string | undefined) => /^(true|yes|1|oui|sí|si|да|是|نعم)$/i.test((v ?? "").trim());
const opt = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** One template row → the API's activity input (validated afterwards with activityInputSchema). */
export function rowToInput(row: RawRow): Record<string, unknown> {
  const localized = (prefix: string) =>
    Object.fromEntries(LOCALES.map((l) => [l, opt(row[`${prefix}_${l}`])]).filter(([, v]) => v !== undefined));
  return {
    externalRef: opt(row.external_ref),
    title: localized("title"),
    description: localized("description"),
    type: opt(row.type),
    ipAreas: list(row.ip_areas),
    organisingUnit: opt(row.organising_unit),
    startDate: opt(row.start_date),
    endDate: opt(row.end_date),
    venueCity: opt(row.venue_city) ?? null,
    venueCountry: opt(row.venue_country)?.toUpperCase() ?? null,
    online: bool(row.online),
    beneficiaries: list(row.beneficiaries).map((b) => {
      const [country, participants] = b.split(":");
      return { country: (country ?? "").trim().toUpperCase(), participants: Number((participants ?? "0").trim()) };
    }),
    languages: list(row.languages).map((l) => l.toLowerCase()),
    fundingType: opt(row.funding_type),
    fundingDonor: opt(row.funding_donor)?.toUpperCase() ?? null,
    fundingPartner: opt(row.funding_partner) ?? null,
    partners: list(row.partners),
    igoSupport: bool(row.igo_support),
    experts: listItems(row.experts).map((e) => {
      const [name, country] = itemParts(e);
      return { name: (name ?? "").trim(), country: opt(country)?.toUpperCase() ?? null };
    }),
    status: opt(row.status),
    links: listItems(row.links).map((l) => {
      const [label, url] = itemParts(l);
      return { label: (label ?? "").trim(), url: (url ?? "").trim() };
    }),
  };
}

/** The `consultant_ids` cell: roster profile ids, `;`-separated like the other lists (checked by the import). */
export const rowConsultantIds = (row: RawRow): string[] => [...new Set(list(row.consultant_ids).map((id) => id.toLowerCase()))];
