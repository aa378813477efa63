import { apiRoute } from "@/lib/api/route";
import { forbidden, unauthenticated } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";
import { getCurrentUser } from "@/modules/accounts/server";
import { responseParams, responseTransitionSchema } from "@/modules/questionnaire/schemas";
import { responseActors, transitionResponse } from "@/modules/questionnaire/server";

export const dynamic = "force-dynamic";

/** Submit (the country's focal points), return with a comment or accept (the secretariat); not allowed from the current status: 409. */
export const POST = apiRoute(
  {
    params: responseParams,
    body: responseTransitionSchema,
    authorize: async ({ req, params }) => {
      const user = await getCurrentUser(req);
      if (!user) throw unauthenticated();
      if (responseActors(user, params.iso2).length === 0) throw forbidden();
      return user;
    },
  },
  async ({ params, body, req, auth: user }) => Response.json(await transitionResponse(user, params.id, params.iso2, body, requestMeta(req.headers)), { headers: { "cache-control": "no-store" } }),
);
