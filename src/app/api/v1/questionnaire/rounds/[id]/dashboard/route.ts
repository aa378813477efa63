import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requireAccess } from "@/modules/accounts/server";
import { lngQuerySchema, roundIdSchema } from "@/modules/questionnaire/schemas";
import { roundDashboard } from "@/modules/questionnaire/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: roundIdSchema });

/** Where the round stands: every invited country's progress, by region and development status (the secretariat). */
export const GET = apiRoute(
  { params, query: lngQuerySchema, authorize: ({ req }) => requireAccess("questionnaire.manage", {}, req) },
  async ({ params, query }) => Response.json(await roundDashboard(params.id, query.lng), { headers: { "cache-control": "private, no-store" } }),
);
