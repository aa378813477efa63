import "server-only";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { stringify } from "csv-stringify/sync";
import type { PrismaClient } from "@/lib/db/create-client";
import { countryFacts, type CountryFacts } from "@/modules/countries/server";
import type { Skill } from "../constants";
import { deriveConsultantFacts, tsvectorText } from "../derive";
import type { AssignmentRecord, ConsultantRecord } from "../record";
import { skillLabelsInAllLocales } from "../strings";

export type { AssignmentRecord, ConsultantRecord };

/**
 * Complete profiles written with COPY (derived columns computed here), as IP-TAD's COPY
 * writer does: the seed loader, the benchmark and the tests write through it; the review
 * workflow's writes will too. COPY rows go as FORMAT csv with every string quoted, so an
 * empty string and NULL stay apart and no field can look like the end-of-data marker.
 */

/** What deriving needs besides the record: the country classification and every skill's labels. */
export interface WriteContext {
  facts: Map<string, CountryFacts>;
  skillLabels: Record<Skill, string[]>;
}

export async function writeContext(client: PrismaClient): Promise<WriteContext> {
  const [facts, skillLabels] = await Promise.all([countryFacts(client), skillLabelsInAllLocales()]);
  return { facts, skillLabels };
}

type CopyValue = string | number | boolean | null;
const COPY_CSV_OPTIONS = { quoted_string: true, quote_record_delimiter: true, cast: { boolean: (v: boolean) => (v ? "t" : "f") } };
const copyCsv = (rows: CopyValue[][]) => stringify(rows, COPY_CSV_OPTIONS);
import { arrayLiteral } from "@/lib/db/array-literal";

export { arrayLiteral };

const CONSULTANT_COLUMNS = [
  "id", "external_ref", "user_id", "status", "full_name", "latin_name", "residence_country", "gender", "organisation", "position",
  "ip_areas", "skills", "sectors", "years_experience", "bio", "bio_locales", "availability", "unavailable_until", "travel", "remote",
  "email", "phone", "last_confirmed_at", "nationalities", "nationality_regions", "nationality_statuses", "languages", "search_vector", "updated_at",
];
const NATIONALITY_COLUMNS = ["consultant_id", "country_code"];
const LANGUAGE_COLUMNS = ["consultant_id", "code", "level"];
const ASSIGNMENT_COLUMNS = ["id", "consultant_id", "activity_id", "role", "starts_on", "ends_on"];

export interface EncodedConsultants {
  consultants: string;
  nationalities: string;
  languages: string;
  assignments: string;
}

/** Derives and encodes records for COPY (CPU only, no database). */
export function encodeConsultants(records: ConsultantRecord[], assignments: AssignmentRecord[], ctx: WriteContext): EncodedConsultants {
  const consultants: CopyValue[][] = [];
  const nationalities: CopyValue[][] = [];
  const languages: CopyValue[][] = [];
  const now = new Date().toISOString();
  for (const r of records) {
    const d = deriveConsultantFacts(r, ctx.facts, ctx.skillLabels);
    consultants.push([
      r.id, r.externalRef, r.userId, r.status, r.fullName, r.latinName, r.residenceCountry, r.gender, r.organisation, r.position,
      arrayLiteral(r.ipAreas), arrayLiteral(r.skills), arrayLiteral(r.sectors), r.yearsExperience, JSON.stringify(r.bio), arrayLiteral(d.bioLocales),
      r.availability, r.unavailableUntil, r.travel, r.remote, r.email, r.phone, r.lastConfirmedAt,
      arrayLiteral(d.nationalities), arrayLiteral(d.nationalityRegions), arrayLiteral(d.nationalityStatuses), arrayLiteral(d.languages),
      tsvectorText(d.searchTokens, d.nameTokens), now,
    ]);
    for (const c of d.nationalities) nationalities.push([r.id, c]);
    for (const l of r.languages) languages.push([r.id, l.code, l.level]);
  }
  return {
    consultants: copyCsv(consultants),
    nationalities: copyCsv(nationalities),
    languages: copyCsv(languages),
    assignments: copyCsv(assignments.map((a) => [a.id, a.consultantId, a.activityId, a.role, a.startsOn, a.endsOn])),
  };
}

async function copy(conn: pg.ClientBase, table: string, columns: string[], csv: string) {
  if (!csv) return;
  const sql = `COPY ${table} (${columns.join(", ")}) FROM STDIN WITH (FORMAT csv)`;
  await pipeline(Readable.from([csv]), conn.query(copyFrom(sql)));
}

/**
 * Writes encoded profiles, their nationalities and languages, then the assignments, in the
 * caller's transaction (the assignments' triggers then refresh the profiles' counts once per
 * statement).
 */
export async function copyEncodedConsultants(conn: pg.ClientBase, encoded: EncodedConsultants): Promise<void> {
  await copy(conn, "consultant", CONSULTANT_COLUMNS, encoded.consultants);
  await copy(conn, "consultant_nationality", NATIONALITY_COLUMNS, encoded.nationalities);
  await copy(conn, "consultant_language", LANGUAGE_COLUMNS, encoded.languages);
  await copy(conn, "consultant_assignment", ASSIGNMENT_COLUMNS, encoded.assignments);
}

/** Inserts complete records and assignments in one transaction of its own, with COPY. */
export async function copyConsultants(conn: pg.ClientBase, records: ConsultantRecord[], assignments: AssignmentRecord[], ctx: WriteContext): Promise<void> {
  const encoded = encodeConsultants(records, assignments, ctx);
  await conn.query("BEGIN");
  try {
    await copyEncodedConsultants(conn, encoded);
    await conn.query("COMMIT");
  } catch (error) {
    await conn.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
