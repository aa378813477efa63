import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { activitiesQuerySchema, activityInputSchema } from "@/modules/activities/schemas";
import { createActivity, searchActivities } from "@/modules/activities/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ query: activitiesQuerySchema }, async ({ query }) =>
  Response.json(await searchActivities(query), { headers: { "cache-control": "public, max-age=60" } }),
);

export const POST = apiRoute({ body: activityInputSchema, authorize: ({ req }) => requireAccess("activities.manage", {}, req) }, async ({ body, req, auth: actor }) => {
  const { id, created } = await createActivity(actor, body, requestMeta(req.headers));
  return Response.json({ id, created }, { status: created ? 201 : 200, headers: { location: `/api/v1/activities/${id}` } });
});
