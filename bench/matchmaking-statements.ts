/**
 * For the matchmaking benchmark only: the statements the API runs, callable with any runner (raw
 * pg in bench/matchmaking.ts, the bare node:http server in bench/matchmaking-bare-server.ts), no
 * labels and no Next.js. Suggestions run listingSuggestionsFor's statements: the listing, its
 * region split, then suggestListings + suggestConsultants + suggestActivities together.
 */
import { Prisma } from "../src/lib/db";
import { searchParamsToObject } from "../src/lib/api/query";
import { suggestActivities } from "../src/modules/activities/server/suggest-activities";
import { suggestConsultants } from "../src/modules/consultants/server/suggest-consultants";
import { SUGGESTION_LIMIT } from "../src/modules/matchmaking/constants";
import { encodeListingCursor, listingsQuerySchema, NO_DEADLINE } from "../src/modules/matchmaking/schemas";
import { FORM_ACTIVITY_TYPES, SUGGESTION_WEIGHTS } from "../src/modules/matchmaking/suggestion-weights";
import { countListings } from "../src/modules/matchmaking/server/facet-counts";
import { LISTING_COLUMNS, type ListingRow } from "../src/modules/matchmaking/server/listing-row";
import { pageRows } from "../src/modules/matchmaking/server/page-query";
import { resolveListingQuery } from "../src/modules/matchmaking/server/resolve-query";
import { REGION_SPLIT, suggestListings, type Run } from "../src/modules/matchmaking/server/suggest-listings";

export type { Run };

/** What searchListings runs: the counts, then the page (which needs the total); returns the page's next cursor. */
export async function searchStatements(url: string, run: Run) {
  const query = listingsQuerySchema.parse(searchParamsToObject(new URLSearchParams(url)));
  const resolved = resolveListingQuery(query);
  const counts = await countListings(resolved.where, run);
  const { rows, order } = await pageRows(resolved, counts.total, run);
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  const t = last ? (last.published_at ?? last.created_at) : null;
  const nextCursor =
    last && t
      ? encodeListingCursor(
          order === "r"
            ? { s: "r", r: Number(last.rank), t: new Date(t).toISOString(), id: last.id }
            : order === "n"
              ? { s: "n", t: new Date(t).toISOString(), id: last.id }
              : { s: "d", d: last.deadline ?? NO_DEADLINE, id: last.id },
        )
      : null;
  return { total: counts.total, approximate: counts.approximate, source: counts.source, facets: counts.facets, rows: rows.slice(0, query.limit), nextCursor };
}

/** listingSuggestionsFor's statements for one listing (the reasons' labels aside). */
export async function suggestionStatements(id: string, run: Run) {
  const [l] = await run<ListingRow>(Prisma.sql`SELECT ${Prisma.raw(LISTING_COLUMNS)} FROM listing l WHERE l.id = ${id}::uuid`);
  if (!l) throw new Error(`no listing ${id}`);
  const [split] = await run<{ subregions: string[]; regions: string[] }>(Prisma.sql`${REGION_SPLIT} WHERE code = ANY(${l.place_regions}::text[])`);
  const subregions = split?.subregions ?? [];
  const regions = split?.regions ?? [];
  const w = SUGGESTION_WEIGHTS;
  const [listings, experts, evidence] = await Promise.all([
    suggestListings(id, SUGGESTION_LIMIT, run),
    l.kind === "need" ? suggestConsultants({ ipAreas: l.ip_areas, languages: l.languages, subregions, regions, weights: w, limit: 5 }, run) : Promise.resolve([]),
    l.kind === "need"
      ? suggestActivities(
          { ipAreas: l.ip_areas, types: [...new Set(l.forms.flatMap((f) => FORM_ACTIVITY_TYPES[f]))], languages: l.languages, subregions, regions, titleTokens: [], weights: w, limit: 5 },
          run,
        )
      : Promise.resolve([]),
  ]);
  return { listings, experts, evidence };
}
