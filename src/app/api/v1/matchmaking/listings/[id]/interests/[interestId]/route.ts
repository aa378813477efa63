import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { interestAnswerSchema, listingIdSchema } from "@/modules/matchmaking/schemas";
import { answerInterest } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: listingIdSchema, interestId: z.uuid({ error: "invalid_id" }) });

/** The owner accepts (contacts are shared) or declines an interest. */
export const PATCH = apiRoute(
  { params, body: interestAnswerSchema, authorize: ({ req }) => requireAccess("matchmaking.file", {}, req) },
  async ({ params, body, req, auth: user }) => Response.json(await answerInterest(user, params.id, params.interestId, body, requestMeta(req.headers)), { headers: { "cache-control": "no-store" } }),
);
