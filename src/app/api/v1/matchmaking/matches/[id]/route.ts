import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { LOCALES } from "@/lib/i18n/locales";
import { requestMeta } from "@/lib/request-meta";
import { getCurrentUser, requireAccess } from "@/modules/accounts/server";
import { matchIdSchema, matchUpdateSchema } from "@/modules/matchmaking/schemas";
import { getMatch, updateMatch } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: matchIdSchema });
const query = z.object({ lng: z.enum(LOCALES, { error: "invalid_choice" }).default("en") });

export const GET = apiRoute({ params, query }, async ({ params, query, req }) =>
  Response.json(await getMatch(params.id, await getCurrentUser(req), query.lng), { headers: { "cache-control": "private, max-age=0, must-revalidate", vary: "Cookie" } }),
);

/** Follows the match to its outcome, based on the version read. */
export const PATCH = apiRoute(
  { params, body: matchUpdateSchema, authorize: ({ req }) => requireAccess("matchmaking.matches.manage", {}, req) },
  async ({ params, body, req, auth: user }) => Response.json(await updateMatch(user, params.id, body, requestMeta(req.headers)), { headers: { "cache-control": "no-store" } }),
);
