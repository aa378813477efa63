import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { adminUserPatchSchema, userIdParams } from "@/modules/accounts/schemas";
import { getUser, requireAccess, updateUser } from "@/modules/accounts/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ params: userIdParams, authorize: ({ req }) => requireAccess("users.manage", {}, req) }, async ({ params }) => {
  return Response.json(await getUser(params.id), { headers: { "cache-control": "no-store" } });
});

export const PATCH = apiRoute({ params: userIdParams, body: adminUserPatchSchema, authorize: ({ req }) => requireAccess("users.manage", {}, req) }, async ({ params, body, req, auth: actor }) => {
  return Response.json(await updateUser(actor, params.id, body, requestMeta(req.headers)));
});
