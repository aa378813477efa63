import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { invalidInput, notFound } from "@/lib/errors";
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
  // The record's version is its ETag: If-Match for edits, If-None-Match → 304 for reads.
  return Response.json(body, { headers: { "cache-control": "public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=30", etag: `"${activity.version}"` } });
});

/** If-Match: "<version>" (the ETag of a GET): the version the client's edit started from. */
function expectedVersion(req: Request): number | undefined {
  const header = req.headers.get("if-match");
  if (!header || header.trim() === "*") return undefined;
  const version = Number(/^(?:W\/)?"?(\d+)"?$/.exec(header.trim())?.[1]);
  if (!Number.isInteger(version) || version < 1) throw invalidInput([{ name: "If-Match", reason: "invalid_version" }]);
  return version;
}

// Authorization comes before the existence check, so ids cannot be probed.
export const PUT = apiRoute({ params, body: activityInputSchema, authorize: ({ req }) => requireAccess("activities.manage", {}, req) }, async ({ params, body, req, auth: actor }) => {
  const version = await updateActivity(actor, params.id, body, requestMeta(req.headers), { expectedVersion: expectedVersion(req) });
  return new Response(null, { status: 204, headers: { etag: `"${version}"` } });
});

export const DELETE = apiRoute({ params, authorize: ({ req }) => requireAccess("activities.manage", {}, req) }, async ({ params, req, auth: actor }) => {
  await deleteActivity(actor, params.id, requestMeta(req.headers));
  return new Response(null, { status: 204 });
});
