import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { listingInputSchema, listingsQuerySchema } from "@/modules/matchmaking/schemas";
import { createListing, searchListings } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

// Public listings only: the same answer for everyone, kept by shared caches as briefly as the public pages.
export const GET = apiRoute(
  { query: listingsQuerySchema, etag: "fromBody", cacheControl: "public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=30" },
  async ({ query }) => searchListings(query),
);

const createQuery = z.object({ submit: z.enum(["true", "false"], { error: "invalid_choice" }).default("false") });

/** Files a need or an offer, as a draft (or submitted at once with ?submit=true). */
export const POST = apiRoute(
  { query: createQuery, body: listingInputSchema, authorize: ({ req }) => requireAccess("matchmaking.file", {}, req) },
  async ({ query, body, req, auth: user }) => {
    const saved = await createListing(user, body, requestMeta(req.headers), { submit: query.submit === "true" });
    return Response.json(saved, { status: 201, headers: { location: `/api/v1/matchmaking/listings/${saved.id}`, "cache-control": "no-store" } });
  },
);
