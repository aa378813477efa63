import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { queryTokens, toTsquery } from "@/lib/search-text";
import { copyActivities, upsertActivityRecords, type ActivityRecord } from "@/modules/activities/server/copy-writer";
import { countryFacts, type CountryFacts } from "@/modules/countries/server";

/**
 * The COPY writer's escaping, checked against PostgreSQL itself: what goes in with COPY
 * (FORMAT csv) is read back with a plain SELECT, value for value.
 */

// Every character COPY's formats treat specially, and scripts outside Latin-1.
const NASTY = [
  'quotes "double" and \'single\'',
  "back\\slash \\N \\t \\\\ and \\x41 \\101",
  "comma, semicolon; pipe|",
  "tab\there",
  "new\nline",
  "carriage\rreturn\r\nand CRLF",
  "\\.",
  "line\n\\.\nafter an end-of-data marker",
  "{braces},[brackets]",
  "NULL",
  "ندوة وطنية بشأن \"المؤشرات\" الجغرافية،\tفي عمّان",
  "关于地理标志的国家研讨会，\n第二行",
  "  leading and trailing spaces  ",
];

let conn: pg.Client;
let facts: Map<string, CountryFacts>;
let n = 0;

function record(over: Partial<ActivityRecord> = {}): ActivityRecord {
  n++;
  const id = `00000000-0000-4000-a000-${String(n).padStart(12, "0")}`;
  return {
    id,
    externalRef: `COPY-${n} "ref", \\ \t`,
    title: { en: NASTY.join(" | "), ar: NASTY[10]!, zh: NASTY[11]! },
    description: { en: NASTY.join("\n"), fr: "Séminaire « régional »\\" },
    type: "national_seminar",
    ipAreas: ["patents", "trademarks"],
    organisingUnit: NASTY[7]!,
    startDate: "2024-03-01",
    endDate: "2024-03-02",
    venueCity: "",
    venueCountry: "JO",
    online: false,
    beneficiaries: [{ country: "JO", participants: 25 }, { country: "EG", participants: 3 }],
    experts: NASTY.slice(0, 4).map((name, k) => ({ id: id.replace("4000-a000", `4000-b00${k}`), name, country: k % 2 ? null : "EG" })),
    languages: ["ar", "en"],
    fundingType: "partner",
    fundingDonor: null,
    fundingPartner: NASTY[5]!,
    partners: NASTY,
    igoSupport: true,
    status: "completed",
    links: [{ label: NASTY[0]!, url: "https://example.org/a?b=c,d&e=\"f\"" }, { label: NASTY[11]!, url: "https://example.org/\\" }],
    ...over,
  };
}

interface Row {
  external_ref: string | null;
  title: Record<string, string>;
  description: Record<string, string>;
  organising_unit: string;
  venue_city: string | null;
  funding_donor: string | null;
  funding_partner: string | null;
  partners: string[];
  links: { label: string; url: string }[];
  online: boolean;
  igo_support: boolean;
  total_participants: number;
  content_locales: string[];
}

async function readBack(id: string) {
  const { rows } = await conn.query<Row>(
    `SELECT external_ref, title, description, organising_unit, venue_city, funding_donor, funding_partner, partners, links, online,
            igo_support, total_participants, content_locales FROM activity WHERE id = $1`,
    [id],
  );
  const experts = await conn.query<{ id: string; name: string; country: string | null }>("SELECT id, name, country FROM activity_expert WHERE activity_id = $1 ORDER BY id", [id]);
  const beneficiaries = await conn.query<{ country: string; participants: number }>("SELECT country, participants FROM activity_beneficiary WHERE activity_id = $1 ORDER BY country", [id]);
  return { row: rows[0]!, experts: experts.rows, beneficiaries: beneficiaries.rows };
}

async function expectStoredAsWritten(r: ActivityRecord) {
  const { row, experts, beneficiaries } = await readBack(r.id);
  expect(row).toEqual({
    external_ref: r.externalRef,
    title: r.title,
    description: r.description,
    organising_unit: r.organisingUnit,
    venue_city: r.venueCity,
    funding_donor: r.fundingDonor,
    funding_partner: r.fundingPartner,
    partners: r.partners,
    links: r.links,
    online: r.online,
    igo_support: r.igoSupport,
    total_participants: r.beneficiaries.reduce((s, b) => s + b.participants, 0),
    content_locales: Object.keys(r.title).sort(),
  });
  expect(experts).toEqual([...r.experts].sort((a, b) => a.id.localeCompare(b.id)));
  expect(beneficiaries).toEqual([...r.beneficiaries].sort((a, b) => a.country.localeCompare(b.country)));
}

async function matches(id: string, text: string): Promise<boolean> {
  const { rows } = await conn.query("SELECT 1 FROM activity WHERE id = $1 AND search_vector @@ $2::tsquery", [id, toTsquery(queryTokens(text))]);
  return rows.length === 1;
}

beforeAll(async () => {
  conn = new pg.Client({ connectionString: inject("databaseUrl") });
  await conn.connect();
  facts = await countryFacts(db());
});

afterAll(async () => {
  await conn.query("DELETE FROM activity WHERE external_ref LIKE 'COPY-%'");
  await conn.end();
});

describe("the COPY writer", () => {
  it("stores quotes, backslashes, commas, tabs, line breaks, Arabic and Chinese exactly (copyActivities)", async () => {
    const r = record();
    await copyActivities(conn, [r], facts);
    await expectStoredAsWritten(r);
    expect(await matches(r.id, "المؤشرات الجغرافيه")).toBe(true);
    expect(await matches(r.id, "地理标志")).toBe(true);
  });

  it("keeps an empty string apart from NULL", async () => {
    const r = record({ venueCity: "", fundingPartner: null, externalRef: null, partners: [""], experts: [] });
    await copyActivities(conn, [r], facts);
    const { row } = await readBack(r.id);
    expect(row.venue_city).toBe("");
    expect(row.funding_partner).toBeNull();
    expect(row.external_ref).toBeNull();
    expect(row.partners).toEqual([""]);
    await conn.query("DELETE FROM activity WHERE id = $1", [r.id]);
  });

  it("writes and replaces the same values through the production upsert, inside the caller's transaction", async () => {
    const first = record({ online: true, venueCountry: null, igoSupport: false });
    await conn.query("BEGIN");
    const derived = await upsertActivityRecords(conn, [first, record({ experts: [] })], facts);
    await conn.query("COMMIT");
    expect(derived.map((d) => d.modality)).toHaveLength(2);
    await expectStoredAsWritten(first);
    const replaced = { ...first, title: { ru: NASTY[1]!, zh: NASTY[11]! }, partners: NASTY.slice(5), experts: first.experts.slice(2) };
    await conn.query("BEGIN");
    await upsertActivityRecords(conn, [replaced], facts);
    await conn.query("COMMIT");
    await expectStoredAsWritten(replaced);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const r = record();
    await conn.query("BEGIN");
    await upsertActivityRecords(conn, [r], facts);
    await conn.query("ROLLBACK");
    expect((await conn.query("SELECT 1 FROM activity WHERE id = $1", [r.id])).rowCount).toBe(0);
    expect((await conn.query("SELECT 1 FROM activity_expert WHERE activity_id = $1", [r.id])).rowCount).toBe(0);
  });
});
