import "server-only";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { stringify } from "csv-stringify/sync";
import type { LocalizedText } from "@/lib/i18n/locales";
import type { CountryFacts } from "@/modules/countries/server";
import type { ActivityStatus, ActivityType, FundingType, IpArea } from "../constants";
import { deriveFacts, tsvectorText, type DerivedFacts } from "../derive";

/**
 * The production write path of activities: complete records (derived facts computed here)
 * written with COPY. `writeActivities` (form, API, import) goes through `upsertActivityRecords`;
 * the seed loader and tests through `copyActivities`.
 */

/** A complete activity as the COPY writer takes it (the derived columns are computed from it). */
export interface ActivityRecord {
  id: string;
  externalRef: string | null;
  title: LocalizedText;
  description: LocalizedText;
  type: ActivityType;
  ipAreas: IpArea[];
  organisingUnit: string;
  startDate: string;
  endDate: string;
  venueCity: string | null;
  venueCountry: string | null;
  online: boolean;
  beneficiaries: { country: string; participants: number }[];
  experts: { id: string; name: string; country: string | null }[];
  languages: string[];
  fundingType: FundingType;
  fundingDonor: string | null;
  fundingPartner: string | null;
  partners: string[];
  igoSupport: boolean;
  status: ActivityStatus;
  links: { label: string; url: string }[];
  /**
   * The nationalities of each roster consultant assigned to it (docs/CONSULTANTS.md,
   * "Assignments"): `upsertActivityRecords` reads them for the activities it writes.
   */
  assignedNationalities?: string[][];
}

/** One field of a COPY row: null is SQL NULL. */
export type CopyValue = string | number | boolean | null;

/**
 * COPY rows go as `FORMAT csv`, written by csv-stringify, rather than in COPY's text format.
 * The text format has an escape language of its own (backslash sequences, octal and hex
 * escapes such as \101 and \x41, \N for NULL, \. for end of data) that no maintained library
 * writes, so it is hand-rolled and every missed case corrupts or rejects data. CSV has one
 * rule — quote the field, double its quotes — which PostgreSQL reads as RFC 4180 does, and in
 * it a backslash is an ordinary character. Every string is quoted (`quoted_string`): an empty
 * string is then "" and NULL is an unquoted empty field (COPY's CSV rule), so the two never
 * meet, and no field can look like the end-of-data marker. Booleans are written t/f.
 * The array and tsvector literals are values of their own syntax inside a field, built below.
 */
const COPY_CSV_OPTIONS = { quoted_string: true, quote_record_delimiter: true, cast: { boolean: (v: boolean) => (v ? "t" : "f") } };

/** COPY's CSV for `rows` (one line per row, fields as `CopyValue`s). */
export function copyCsv(rows: CopyValue[][]): string {
  return stringify(rows, COPY_CSV_OPTIONS);
}

/** A PostgreSQL array literal, {"a","b"}: each element quoted, its backslashes and quotes escaped (array syntax). */
export function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;
}

const json = (v: unknown) => JSON.stringify(v);

const ACTIVITY_COLUMNS = [
  "id", "external_ref", "title", "description", "content_locales", "type", "ip_areas", "organising_unit", "start_date", "end_date",
  "year", "venue_city", "venue_country", "online", "beneficiary_countries", "beneficiary_regions", "beneficiary_statuses",
  "total_participants", "languages", "funding_type", "funding_donor", "funding_partner", "partners", "igo_support", "modality",
  "status", "links", "search_vector", "updated_at",
];
const BENEFICIARY_COLUMNS = ["activity_id", "country", "participants"];
const EXPERT_COLUMNS = ["id", "activity_id", "name", "country"];

/** COPY rows for activities (derived facts computed here), their beneficiaries and experts. */
export function copyRows(records: ActivityRecord[], facts: Map<string, CountryFacts>) {
  const activities: CopyValue[][] = [];
  const beneficiaries: CopyValue[][] = [];
  const experts: CopyValue[][] = [];
  const derived: DerivedFacts[] = [];
  const now = new Date().toISOString();
  for (const a of records) {
    const d = deriveFacts(a, facts);
    derived.push(d);
    activities.push([
      a.id, a.externalRef, json(a.title), json(a.description), arrayLiteral(d.contentLocales), a.type, arrayLiteral(a.ipAreas),
      a.organisingUnit, a.startDate, a.endDate, d.year, a.venueCity, a.venueCountry, a.online,
      arrayLiteral(d.beneficiaryCountries), arrayLiteral(d.beneficiaryRegions), arrayLiteral(d.beneficiaryStatuses), d.totalParticipants,
      arrayLiteral(a.languages), a.fundingType, a.fundingDonor, a.fundingPartner, arrayLiteral(a.partners), a.igoSupport,
      d.modality.replace("-", "_"), a.status, json(a.links), tsvectorText(d.searchTokens, d.titleTokens), now,
    ]);
    for (const b of a.beneficiaries) beneficiaries.push([a.id, b.country, b.participants]);
    for (const e of a.experts) experts.push([e.id, a.id, e.name, e.country]);
  }
  return { activities, beneficiaries, experts, derived };
}

async function copy(conn: pg.ClientBase, table: string, columns: string[], csv: string) {
  if (!csv) return;
  const sql = `COPY ${table} (${columns.join(", ")}) FROM STDIN WITH (FORMAT csv)`;
  await pipeline(Readable.from([csv]), conn.query(copyFrom(sql)));
}

/** Records as COPY's CSV, ready to write: the activities, their beneficiaries and experts, and the facts derived on the way. */
export interface EncodedActivities {
  activities: string;
  beneficiaries: string;
  experts: string;
  derived: DerivedFacts[];
}

/** Derives and encodes records for COPY (CPU only, no database). */
export function encodeActivities(records: ActivityRecord[], facts: Map<string, CountryFacts>): EncodedActivities {
  const { activities, beneficiaries, experts, derived } = copyRows(records, facts);
  return { activities: copyCsv(activities), beneficiaries: copyCsv(beneficiaries), experts: copyCsv(experts), derived };
}

/** Inserts encoded activities in one transaction of its own, with COPY. */
export async function copyEncoded(conn: pg.ClientBase, encoded: EncodedActivities): Promise<void> {
  await conn.query("BEGIN");
  try {
    await copy(conn, "activity", ACTIVITY_COLUMNS, encoded.activities);
    await copy(conn, "activity_beneficiary", BENEFICIARY_COLUMNS, encoded.beneficiaries);
    await copy(conn, "activity_expert", EXPERT_COLUMNS, encoded.experts);
    await conn.query("COMMIT");
  } catch (error) {
    await conn.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** Inserts complete activity records (derived facts computed here) in one transaction of its own, with COPY. */
export async function copyActivities(conn: pg.ClientBase, records: ActivityRecord[], facts: Map<string, CountryFacts>): Promise<void> {
  await copyEncoded(conn, encodeActivities(records, facts));
}

/**
 * Inserts new records and replaces known ones (same id: row, beneficiaries and experts; created_at
 * kept) inside the caller's transaction: COPY into a staging table, then one INSERT … ON CONFLICT.
 * About 1,000 times fewer statements than writing an import row by row.
 */
export async function upsertActivityRecords(
  conn: pg.ClientBase,
  records: ActivityRecord[],
  facts: Map<string, CountryFacts>,
  { pendingAssignments }: { pendingAssignments?: Map<string, Map<string, string[]>> } = {},
): Promise<DerivedFacts[]> {
  if (!records.length) return [];
  const assigned = await withAssignedNationalities(conn, records, pendingAssignments);
  const { activities, beneficiaries, experts, derived } = encodeActivities(assigned, facts);
  await conn.query("CREATE TEMP TABLE IF NOT EXISTS activity_import (LIKE activity INCLUDING DEFAULTS) ON COMMIT DROP");
  await conn.query("TRUNCATE activity_import");
  await copy(conn, "activity_import", ACTIVITY_COLUMNS, activities);
  const ids = records.map((r) => r.id);
  await conn.query("DELETE FROM activity_beneficiary WHERE activity_id = ANY($1::uuid[])", [ids]);
  await conn.query("DELETE FROM activity_expert WHERE activity_id = ANY($1::uuid[])", [ids]);
  const replace = ACTIVITY_COLUMNS.filter((c) => c !== "id").map((c) => `${c} = EXCLUDED.${c}`);
  await conn.query(
    `INSERT INTO activity (${ACTIVITY_COLUMNS.join(", ")}) SELECT ${ACTIVITY_COLUMNS.join(", ")} FROM activity_import
     ON CONFLICT (id) DO UPDATE SET ${replace.join(", ")}, version = activity.version + 1`,
  );
  await copy(conn, "activity_beneficiary", BENEFICIARY_COLUMNS, beneficiaries);
  await copy(conn, "activity_expert", EXPERT_COLUMNS, experts);
  return derived;
}

/**
 * The records with the nationalities of the consultants assigned to them (read on the
 * caller's connection, so under its writers' turn) and of those about to be assigned
 * (`pending`: activity id → consultant id → nationalities, an import's `consultant_ids`):
 * the modality rule takes its providers from them where there are any.
 */
export async function withAssignedNationalities(
  conn: pg.ClientBase,
  records: ActivityRecord[],
  pending?: Map<string, Map<string, string[]>>,
): Promise<ActivityRecord[]> {
  // Loaded when first needed: the seed loader and scripts use this file's COPY functions
  // without the roster (and its imports of the app's session code), and no cycle forms at load.
  const { assignedNationalities } = await import("@/modules/consultants/server");
  const stored = await assignedNationalities(conn, records.map((r) => r.id));
  return records.map((r) => {
    const consultants = new Map([...(stored.get(r.id) ?? []), ...(pending?.get(r.id) ?? [])]);
    return consultants.size ? { ...r, assignedNationalities: [...consultants.values()] } : { ...r, assignedNationalities: undefined };
  });
}
