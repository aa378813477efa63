import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { matchesQuerySchema, matchInputSchema } from "@/modules/matchmaking/schemas";
import { listMatches, recordMatch } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

/** The public matches ("successful matches"), newest start first. */
export const GET = apiRoute(
  { query: matchesQuerySchema, etag: "fromBody", cacheControl: "public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=30" },
  async ({ query }) => listMatches(query),
);

/** The secretariat records a match; its modality is derived from the parties' countries. */
export const POST = apiRoute(
  { body: matchInputSchema, authorize: ({ req }) => requireAccess("matchmaking.matches.manage", {}, req) },
  async ({ body, req, auth: user }) => {
    const saved = await recordMatch(user, body, requestMeta(req.headers));
    return Response.json(saved, { status: 201, headers: { location: `/api/v1/matchmaking/matches/${saved.id}`, "cache-control": "no-store" } });
  },
);
