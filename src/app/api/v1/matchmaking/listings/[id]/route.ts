import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { LOCALES } from "@/lib/i18n/locales";
import { requestMeta } from "@/lib/request-meta";
import { getCurrentUser, requireAccess } from "@/modules/accounts/server";
import { listingIdSchema, listingPatchSchema } from "@/modules/matchmaking/schemas";
import { getListing, updateListing } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: listingIdSchema });
const query = z.object({ lng: z.enum(LOCALES, { error: "invalid_choice" }).default("en") });

/** A listing: public ones for anyone; its owners and the secretariat also get its contact, version and next statuses. */
export const GET = apiRoute({ params, query }, async ({ params, query, req }) => {
  const user = await getCurrentUser(req);
  const listing = await getListing(params.id, user, query.lng);
  return Response.json(listing, { headers: { "cache-control": listing.version === null ? "public, max-age=0, must-revalidate, s-maxage=10" : "private, no-store", vary: "Cookie" } });
});

/** Changes a listing, based on the version read (stale: 409 with the listing as it is now). */
export const PATCH = apiRoute(
  { params, body: listingPatchSchema, authorize: ({ req }) => requireAccess("matchmaking.file", {}, req) },
  async ({ params, body, req, auth: user }) => Response.json(await updateListing(user, params.id, body, requestMeta(req.headers)), { headers: { "cache-control": "no-store" } }),
);
