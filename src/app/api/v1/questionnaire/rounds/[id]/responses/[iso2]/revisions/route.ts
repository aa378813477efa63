import { apiRoute } from "@/lib/api/route";
import { requireAccess } from "@/modules/accounts/server";
import { responseParams } from "@/modules/questionnaire/schemas";
import { listRevisions } from "@/modules/questionnaire/server";

export const dynamic = "force-dynamic";

/** The response's saves, newest first: who, when, which answers changed. */
export const GET = apiRoute(
  { params: responseParams, authorize: ({ req, params }) => requireAccess("questionnaire.responses.read", { country: params.iso2 }, req) },
  async ({ params, auth: user }) => Response.json({ items: await listRevisions(user, params.id, params.iso2) }, { headers: { "cache-control": "private, no-store" } }),
);
