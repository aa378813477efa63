import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { listingIdSchema, transitionBodySchema } from "@/modules/matchmaking/schemas";
import { transitionListing } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: listingIdSchema });

/** One step of the listing's state machine: 409 naming the status when the step does not exist from it, or the version is stale. */
export const POST = apiRoute(
  { params, body: transitionBodySchema, authorize: ({ req }) => requireAccess("matchmaking.file", {}, req) },
  async ({ params, body, req, auth: user }) => Response.json(await transitionListing(user, params.id, body, requestMeta(req.headers)), { headers: { "cache-control": "no-store" } }),
);
