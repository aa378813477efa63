import { apiRoute } from "@/lib/api/route";
import { getProfile, requireAccess } from "@/modules/accounts/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ authorize: ({ req }) => requireAccess("account.manage_own", {}, req) }, async ({ auth: user }) => {
  return Response.json(await getProfile(user.id), { headers: { "cache-control": "no-store" } });
});
