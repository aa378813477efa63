import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { fromResponseBodySchema } from "@/modules/stories/schemas";
import { storyFromResponse } from "@/modules/stories/server";

export const dynamic = "force-dynamic";

/** A draft story pre-filled from one initiative of an accepted questionnaire response. */
export const POST = apiRoute({ body: fromResponseBodySchema, authorize: ({ req }) => requireAccess("stories.manage", {}, req) }, async ({ body, req, auth: user }) => {
  const saved = await storyFromResponse(user, body.responseId, body.index, requestMeta(req.headers));
  return Response.json(saved, { status: 201, headers: { location: `/api/v1/stories/${saved.id}`, "cache-control": "no-store" } });
});
