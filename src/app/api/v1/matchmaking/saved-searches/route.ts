import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { savedSearchInputSchema } from "@/modules/matchmaking/schemas";
import { listSavedSearches, saveSearch } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ authorize: ({ req }) => requireAccess("account.manage_own", {}, req) }, async ({ auth: user }) =>
  Response.json({ items: await listSavedSearches(user) }, { headers: { "cache-control": "private, no-store" } }),
);

/** Saves a listing search (its query string) for a daily or weekly digest. */
export const POST = apiRoute({ body: savedSearchInputSchema, authorize: ({ req }) => requireAccess("account.manage_own", {}, req) }, async ({ body, req, auth: user }) =>
  Response.json(await saveSearch(user, body.query, body.frequency, requestMeta(req.headers)), { status: 201, headers: { "cache-control": "no-store" } }),
);
