import "server-only";
import { arrayLiteral } from "@/lib/db/array-literal";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { stringify } from "csv-stringify/sync";
import type { PrismaClient } from "@/lib/db/create-client";
import { pickLocalized } from "@/lib/i18n/localized";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { countryFacts, type CountryFacts } from "@/modules/countries/server";
import type { OrganisationType } from "../constants";
import { deriveListingFacts, tsvectorText } from "../derive";
import type { ListingInput } from "../schemas";
import { generateMatchmakingSet, refPrefix, type FixedOwner, type GeneratedListing, type MatchmakingSeedWorld, type MatchmakingSet } from "../seed/generate";
import { matchModality, type ModalityParty } from "./match-modality";

/**
 * Generated matchmaking data (seed/generate.ts) written with COPY in one transaction: the
 * demo seed (`npm start`), the benchmark and tests. Not a production write path (no audit, no
 * e-mails), but every derived column is computed exactly as the app's writer computes it
 * (write-listing.ts#listingColumns, record-match.ts#recordMatch), so a seeded listing is
 * indistinguishable from one filed through the API.
 */

export const DEMO_MATCHMAKING_SEED = 42;

/** The demo accounts that own listings in the demo set, so "my listings" has data for them. */
export const DEMO_LISTING_OWNERS: { email: string; side: "need" | "offer"; listings: number }[] = [
  { email: "focal.eg@demo.test", side: "need", listings: 12 },
  { email: "partner@demo.test", side: "offer", listings: 10 },
];

type CopyValue = string | number | boolean | null;
const COPY_CSV_OPTIONS = { quoted_string: true, quote_record_delimiter: true, cast: { boolean: (v: boolean) => (v ? "t" : "f") } };
const copyCsv = (rows: CopyValue[][]) => stringify(rows, COPY_CSV_OPTIONS);
/** As write-listing.ts: a PostgreSQL array literal, each element quoted. */

/**
 * The typed and derived columns of a listing, as write-listing.ts#listingColumns computes them
 * (same derivation, same sorting), as COPY text values.
 */
export function listingColumnValues(input: Omit<ListingInput, "kind">, facts: Map<string, CountryFacts>): Record<string, CopyValue> {
  const d = deriveListingFacts(input, facts);
  return {
    owner_country: input.ownerCountry,
    organisation: input.organisation,
    organisation_type: input.organisationType,
    title: JSON.stringify(input.title),
    description: JSON.stringify(input.description),
    text_locales: arrayLiteral(d.textLocales),
    support_type: input.supportType,
    forms: arrayLiteral(input.forms),
    ip_areas: arrayLiteral(input.ipAreas),
    themes: arrayLiteral(input.themes),
    countries: arrayLiteral([...input.countries].sort()),
    regions: arrayLiteral([...input.regions].sort()),
    place_regions: arrayLiteral(d.placeRegions),
    place_statuses: arrayLiteral(d.placeStatuses),
    languages: arrayLiteral([...input.languages].sort()),
    budget_min: input.budgetMin,
    budget_max: input.budgetMax,
    currency: input.currency,
    deadline: input.deadline,
    timeframe: input.timeframe,
    contact_name: input.contactName,
    contact_email: input.contactEmail,
    contact_phone: input.contactPhone || null,
    search_vector: tsvectorText(d.searchTokens, d.titleTokens),
    title_tokens: arrayLiteral(d.titleTokens),
  };
}

const DERIVED_COLUMNS = Object.keys(listingColumnValues({
  title: { en: "x" }, description: { en: "x" }, organisation: "x", organisationType: "other", ownerCountry: null, supportType: "technical", forms: [], ipAreas: [], themes: [],
  countries: [], regions: [], languages: [], budgetMin: null, budgetMax: null, currency: null, deadline: null, timeframe: "", contactName: "x", contactEmail: "x", contactPhone: null,
}, new Map()));
const LISTING_COLUMNS = [
  "id", "external_ref", "kind", "status", "owner_id", ...DERIVED_COLUMNS,
  "review_comment", "created_at", "submitted_at", "published_at", "last_activity_at", "first_interest_at", "matched_at", "updated_at",
];
const USER_COLUMNS = ["id", "email", "name", "email_verified_at", "preferred_language", "organisation_name", "organisation_type", "organisation_country", "roles", "active", "created_at", "updated_at"];
const INTEREST_COLUMNS = ["id", "listing_id", "user_id", "message", "status", "reply", "created_at", "answered_at"];
const MATCH_COLUMNS = ["id", "external_ref", "support_type", "status", "modality", "title", "outcome", "themes", "ip_areas", "countries", "place_regions", "starts_on", "is_public", "created_at", "updated_at"];
const PARTY_COLUMNS = ["id", "match_id", "role", "listing_id", "consultant_id", "organisation", "organisation_type", "country"];
const MATCH_ACTIVITY_COLUMNS = ["match_id", "activity_id"];

export interface EncodedMatchmaking {
  users: string;
  listings: string;
  interests: string;
  matches: string;
  parties: string;
  matchActivities: string;
}

/** The countries a listing party stands for, as record-match.ts#resolveParties reads them. */
function listingPartyCountries(l: GeneratedListing): string[] {
  const { kind, countries, ownerCountry } = l.input;
  const out = kind === "need" ? (countries.length ? countries : [ownerCountry].filter((c): c is string => !!c)) : [ownerCountry, ...countries].filter((c): c is string => !!c);
  return [...new Set(out)];
}

/** Derives and encodes a generated set for COPY (CPU only). */
export function encodeMatchmaking(set: MatchmakingSet, world: Pick<MatchmakingSeedWorld, "consultants">, facts: Map<string, CountryFacts>): EncodedMatchmaking {
  const now = new Date().toISOString();
  const byId = new Map(set.listings.map((l) => [l.id, l]));
  const nationalities = new Map(world.consultants.map((c) => [c.id, c.nationalities]));
  const listings = set.listings.map((l) => {
    const cols = listingColumnValues(l.input, facts);
    return [
      l.id, l.externalRef, l.input.kind, l.status, l.ownerId, ...DERIVED_COLUMNS.map((c) => cols[c]!),
      l.reviewComment, l.createdAt, l.submittedAt, l.publishedAt, l.lastActivityAt, l.firstInterestAt, l.matchedAt, now,
    ] as CopyValue[];
  });
  const matches: CopyValue[][] = [];
  const parties: CopyValue[][] = [];
  const matchActivities: CopyValue[][] = [];
  for (const m of set.matches) {
    const facts_: ModalityParty[] = m.parties.map((p) => {
      const l = p.listingId ? byId.get(p.listingId) : undefined;
      if (l) return { party: p, countries: listingPartyCountries(l), igo: l.input.organisationType === "igo" };
      if (p.consultantId) return { party: p, countries: nationalities.get(p.consultantId) ?? [], igo: false };
      return { party: p, countries: p.country ? [p.country] : [], igo: p.organisationType === "igo" };
    });
    const { modality, beneficiaries } = matchModality(facts_, facts);
    // As recordMatch with no areas or themes typed: the needs' IP areas, every listing's themes.
    const joined = m.parties.flatMap((p) => (p.listingId && byId.has(p.listingId) ? [byId.get(p.listingId)!] : []));
    const ipAreas = [...new Set(joined.filter((l) => l.input.kind === "need").flatMap((l) => l.input.ipAreas))];
    const themes = [...new Set(joined.flatMap((l) => l.input.themes))];
    const regions = [...new Set(beneficiaries.flatMap((c) => facts.get(c)?.regions ?? []))].sort();
    const supportType = joined.find((l) => l.input.kind === "need")?.input.supportType ?? "technical";
    matches.push([
      m.id, m.externalRef, supportType, m.status, modality.replace("-", "_"), JSON.stringify(m.title), JSON.stringify(m.outcome),
      arrayLiteral(themes), arrayLiteral(ipAreas), arrayLiteral(beneficiaries), arrayLiteral(regions), m.startsOn, m.isPublic, m.createdAt, now,
    ]);
    for (const p of m.parties) parties.push([p.id, m.id, p.role, p.listingId, p.consultantId, p.organisation, p.organisationType, p.country]);
    for (const a of m.activityIds) matchActivities.push([m.id, a]);
  }
  return {
    users: copyCsv(set.users.map((u) => [u.id, u.email, u.name, now, u.lng, u.organisationName, u.organisationType, u.organisationCountry, arrayLiteral(u.roles), true, now, now])),
    listings: copyCsv(listings),
    interests: copyCsv(set.interests.map((i) => [i.id, i.listingId, i.userId, i.message, i.status, i.reply, i.createdAt, i.answeredAt])),
    matches: copyCsv(matches),
    parties: copyCsv(parties),
    matchActivities: copyCsv(matchActivities),
  };
}

async function copy(conn: pg.ClientBase, table: string, columns: string[], csv: string) {
  if (!csv) return;
  await pipeline(Readable.from([csv]), conn.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN WITH (FORMAT csv)`)));
}

/** Writes an encoded set in the caller's transaction: accounts, listings, interests, matches, parties, their activities. */
export async function copyEncodedMatchmaking(conn: pg.ClientBase, e: EncodedMatchmaking): Promise<void> {
  await copy(conn, "app_user", USER_COLUMNS, e.users);
  await copy(conn, "listing", LISTING_COLUMNS, e.listings);
  await copy(conn, "listing_interest", INTEREST_COLUMNS, e.interests);
  await copy(conn, "match", MATCH_COLUMNS, e.matches);
  await copy(conn, "match_party", PARTY_COLUMNS, e.parties);
  await copy(conn, "match_activity", MATCH_ACTIVITY_COLUMNS, e.matchActivities);
}

/** The countries, the demo owners present in the database, and the roster profiles and activities matches may name. */
export async function loadMatchmakingSeedWorld(
  client: PrismaClient,
  { today = new Date().toISOString().slice(0, 10), owners = DEMO_LISTING_OWNERS }: { today?: string; owners?: typeof DEMO_LISTING_OWNERS } = {},
): Promise<MatchmakingSeedWorld> {
  const [countries, accounts, consultants, activities] = await Promise.all([
    client.country.findMany({ orderBy: { iso2: "asc" } }),
    owners.length
      ? client.$queryRaw<{ id: string; email: string; organisation_name: string; organisation_type: OrganisationType; organisation_country: string; preferred_language: string }[]>`
          SELECT id, email::text AS email, organisation_name, organisation_type::text AS organisation_type, organisation_country, preferred_language
          FROM app_user WHERE email = ANY(${owners.map((o) => o.email)}::text[])`
      : Promise.resolve([]),
    client.$queryRaw<{ id: string; nationalities: string[] }[]>`SELECT id, nationalities FROM consultant WHERE status = 'approved' ORDER BY id LIMIT 20000`,
    client.$queryRaw<{ id: string }[]>`SELECT id FROM activity WHERE status = 'completed' ORDER BY id LIMIT 5000`,
  ]);
  const fixedOwners: FixedOwner[] = owners.flatMap((o) => {
    const a = accounts.find((x) => x.email.toLowerCase() === o.email.toLowerCase());
    if (!a) return [];
    const lng = (LOCALES as readonly string[]).includes(a.preferred_language) ? (a.preferred_language as Locale) : "en";
    return [{ id: a.id, side: o.side, country: a.organisation_country, organisation: a.organisation_name, organisationType: a.organisation_type, lng, listings: o.listings }];
  });
  return {
    today,
    fixedOwners,
    consultants,
    activities: activities.map((a) => a.id),
    countries: countries.map((c) => ({
      iso2: c.iso2,
      developmentStatus: c.developmentStatus,
      ldc: c.ldc,
      regionCode: c.regionCode,
      subregionCode: c.subregionCode,
      names: Object.fromEntries(LOCALES.map((l) => [l, pickLocalized(c.names, l).text || c.iso2])) as Record<Locale, string>,
    })),
  };
}

export interface MatchmakingSeedResult {
  users: number;
  listings: number;
  interests: number;
  matches: number;
  publicMatches: number;
  seconds: number;
}

/**
 * Replaces the generated matchmaking set of `seed` (external_ref MM-<seed>-…, accounts
 * mm-<seed>-…@example.org) with a fresh one; other rows are untouched. Runs after the
 * consultants' and the activities' seeds (matches may name their rows).
 */
export async function seedGeneratedMatchmaking(
  client: PrismaClient,
  url: string,
  { listings, interests, matches, seed, today, owners }: { listings: number; interests: number; matches: number; seed: number; today?: string; owners?: typeof DEMO_LISTING_OWNERS },
): Promise<MatchmakingSeedResult> {
  const started = performance.now();
  const world = await loadMatchmakingSeedWorld(client, { today, owners });
  const set = generateMatchmakingSet(world, seed, { listings, interests, matches });
  const encoded = encodeMatchmaking(set, world, await countryFacts(client));
  const conn = new pg.Client({ connectionString: url });
  await conn.connect();
  try {
    await conn.query("BEGIN");
    await conn.query("DELETE FROM match WHERE external_ref LIKE $1", [`${refPrefix(seed)}%`]);
    await conn.query("DELETE FROM listing WHERE external_ref LIKE $1", [`${refPrefix(seed)}%`]);
    await conn.query("DELETE FROM app_user WHERE email LIKE $1", [`mm-${seed}-%@example.org`]);
    await copyEncodedMatchmaking(conn, encoded);
    await conn.query("COMMIT");
  } catch (error) {
    await conn.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await conn.end();
  }
  return {
    users: set.users.length,
    listings: set.listings.length,
    interests: set.interests.length,
    matches: set.matches.length,
    publicMatches: set.matches.filter((m) => m.isPublic).length,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
