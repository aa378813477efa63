import { apiRoute } from "@/lib/api/route";
import { userListQuerySchema } from "@/modules/accounts/schemas";
import { listUsers, requireAccess } from "@/modules/accounts/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ query: userListQuerySchema, authorize: ({ req }) => requireAccess("users.manage", {}, req) }, async ({ query }) => {
  return Response.json(await listUsers(query), { headers: { "cache-control": "no-store" } });
});
