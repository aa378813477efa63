import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { listFocalPoints, requireAccess } from "@/modules/accounts/server";

export const dynamic = "force-dynamic";

const params = z.object({ iso2: z.string().regex(/^[A-Z]{2}$/, { error: "unknown_country" }) });

export const GET = apiRoute({ params, authorize: ({ params, req }) => requireAccess("country.focal_points.read", { country: params.iso2 }, req) }, async ({ params }) => {
  return Response.json({ items: await listFocalPoints(params.iso2) }, { headers: { "cache-control": "no-store" } });
});
