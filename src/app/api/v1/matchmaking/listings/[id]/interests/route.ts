import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { getCurrentUser, requireAccess } from "@/modules/accounts/server";
import { unauthenticated } from "@/lib/errors";
import { interestBodySchema, listingIdSchema } from "@/modules/matchmaking/schemas";
import { expressInterest, listInterests } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: listingIdSchema });

/** The listing's interests, for its owners (contacts once accepted) and the secretariat. */
export const GET = apiRoute(
  {
    params,
    authorize: async ({ req }) => {
      const user = await getCurrentUser(req);
      if (!user) throw unauthenticated();
      return user;
    },
  },
  async ({ params, auth: user }) => Response.json({ items: await listInterests(user, params.id) }, { headers: { "cache-control": "private, no-store" } }),
);

/** "I can help" / "We need this", with a message to the owner. */
export const POST = apiRoute(
  { params, body: interestBodySchema, authorize: ({ req }) => requireAccess("matchmaking.interest", {}, req) },
  async ({ params, body, req, auth: user }) => {
    const saved = await expressInterest(user, params.id, body.message, requestMeta(req.headers));
    return Response.json(saved, { status: 201, headers: { "cache-control": "no-store" } });
  },
);
