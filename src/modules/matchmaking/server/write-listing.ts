import "server-only";
import { arrayLiteral } from "@/lib/db/array-literal";
import { db, Prisma, type DbTx } from "@/lib/db";
import { countryFacts } from "@/modules/countries/server";
import { deriveListingFacts, tsvectorText } from "../derive";
import type { ListingInput } from "../schemas";


/** The derived and typed columns of a listing, as SQL values (the writer and the seed share them). */
export async function listingColumns(input: Omit<ListingInput, "kind">): Promise<Record<string, Prisma.Sql>> {
  const d = deriveListingFacts(input, await countryFacts(db()));
  return {
    owner_country: Prisma.sql`${input.ownerCountry}`,
    organisation: Prisma.sql`${input.organisation}`,
    organisation_type: Prisma.sql`${input.organisationType}::"OrganisationType"`,
    title: Prisma.sql`${JSON.stringify(input.title)}::jsonb`,
    description: Prisma.sql`${JSON.stringify(input.description)}::jsonb`,
    text_locales: Prisma.sql`${arrayLiteral(d.textLocales)}::text[]`,
    support_type: Prisma.sql`${input.supportType}::"SupportType"`,
    forms: Prisma.sql`${arrayLiteral(input.forms)}::"SupportForm"[]`,
    ip_areas: Prisma.sql`${arrayLiteral(input.ipAreas)}::"IpArea"[]`,
    themes: Prisma.sql`${arrayLiteral(input.themes)}::"Theme"[]`,
    countries: Prisma.sql`${arrayLiteral([...input.countries].sort())}::text[]`,
    regions: Prisma.sql`${arrayLiteral([...input.regions].sort())}::text[]`,
    place_regions: Prisma.sql`${arrayLiteral(d.placeRegions)}::text[]`,
    place_statuses: Prisma.sql`${arrayLiteral(d.placeStatuses)}::text[]`,
    languages: Prisma.sql`${arrayLiteral([...input.languages].sort())}::text[]`,
    budget_min: Prisma.sql`${input.budgetMin}::numeric`,
    budget_max: Prisma.sql`${input.budgetMax}::numeric`,
    currency: Prisma.sql`${input.currency}`,
    deadline: Prisma.sql`${input.deadline}::date`,
    timeframe: Prisma.sql`${input.timeframe}`,
    contact_name: Prisma.sql`${input.contactName}`,
    contact_email: Prisma.sql`${input.contactEmail}`,
    contact_phone: Prisma.sql`${input.contactPhone || null}`,
    search_vector: Prisma.sql`${tsvectorText(d.searchTokens, d.titleTokens)}::tsvector`,
    title_tokens: Prisma.sql`${arrayLiteral(d.titleTokens)}::text[]`,
  };
}

export async function insertListing(tx: DbTx, id: string, input: ListingInput, ownerId: string): Promise<void> {
  const cols = await listingColumns(input);
  const names = Object.keys(cols).map((k) => Prisma.raw(k));
  await tx.$executeRaw`INSERT INTO listing (id, kind, owner_id, ${Prisma.join(names)})
    VALUES (${id}::uuid, ${input.kind}::"ListingKind", ${ownerId}::uuid, ${Prisma.join(Object.values(cols))})`;
}

/** Replaces a listing's fields (the caller locked the row and checked its version); returns the new version. */
export async function updateListingRow(tx: DbTx, id: string, input: Omit<ListingInput, "kind">): Promise<number> {
  const cols = await listingColumns(input);
  const sets = Object.entries(cols).map(([k, v]) => Prisma.sql`${Prisma.raw(k)} = ${v}`);
  const [row] = await tx.$queryRaw<{ version: number }[]>`UPDATE listing SET ${Prisma.join(sets)},
      version = version + 1, updated_at = now(), last_activity_at = now()
    WHERE id = ${id}::uuid RETURNING version`;
  return row!.version;
}
