import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { activitiesQuerySchema, activityInputSchema } from "@/modules/activities/schemas";
import { createActivity, searchActivities, searchVersionTag } from "@/modules/activities/server";

export const dynamic = "force-dynamic";

// A repeat search is a 304 without counting while no activity was written (ETag: the data version).
export const GET = apiRoute(
  { query: activitiesQuerySchema, etag: { version: ({ query }) => searchVersionTag(query) }, cacheControl: "public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=30" },
  async ({ query }) => searchActivities(query),
);

export const POST = apiRoute({ body: activityInputSchema, authorize: ({ req }) => requireAccess("activities.manage", {}, req) }, async ({ body, req, auth: actor }) => {
  const { id, created } = await createActivity(actor, body, requestMeta(req.headers));
  return Response.json({ id, created }, { status: created ? 201 : 200, headers: { location: `/api/v1/activities/${id}` } });
});
