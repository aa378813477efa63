import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { notFound } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { activityIdSchema, activityInputSchema } from "@/modules/activities/schemas";
import { deleteActivity, getActivity, updateActivity } from "@/modules/activities/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: activityIdSchema });

export const GET = apiRoute({ params }, async ({ params }) => {
  const activity = await getActivity(params.id);
  if (!activity) throw notFound("No such activity");
  const { beneficiaryRegions: _regions, ...body } = activity;
  return Response.json(body, { headers: { "cache-control": "public, max-age=60" } });
});

// Authorization comes before the existence check, so ids cannot be probed.
export const PUT = apiRoute({ params, body: activityInputSchema, authorize: ({ req }) => requireAccess("activities.manage", {}, req) }, async ({ params, body, req, auth: actor }) => {
  await updateActivity(actor, params.id, body, requestMeta(req.headers));
  return new Response(null, { status: 204 });
});

export const DELETE = apiRoute({ params, authorize: ({ req }) => requireAccess("activities.manage", {}, req) }, async ({ params, req, auth: actor }) => {
  await deleteActivity(actor, params.id, requestMeta(req.headers));
  return new Response(null, { status: 204 });
});
