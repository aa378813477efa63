import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { fromMatchBodySchema } from "@/modules/stories/schemas";
import { storyFromMatch } from "@/modules/stories/server";

export const dynamic = "force-dynamic";

/** A draft story pre-filled from a completed match. */
export const POST = apiRoute({ body: fromMatchBodySchema, authorize: ({ req }) => requireAccess("stories.manage", {}, req) }, async ({ body, req, auth: user }) => {
  const saved = await storyFromMatch(user, body.matchId, requestMeta(req.headers));
  return Response.json(saved, { status: 201, headers: { location: `/api/v1/stories/${saved.id}`, "cache-control": "no-store" } });
});
