import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { deleteSavedSearch } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.uuid({ error: "invalid_id" }) });

export const DELETE = apiRoute({ params, authorize: ({ req }) => requireAccess("account.manage_own", {}, req) }, async ({ params, req, auth: user }) => {
  await deleteSavedSearch(user, params.id, requestMeta(req.headers));
  return new Response(null, { status: 204 });
});
