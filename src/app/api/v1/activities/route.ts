import { apiRoute } from "@/lib/api/route";
import { activitiesQuerySchema } from "@/modules/activities/schemas";
import { searchActivities } from "@/modules/activities/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ query: activitiesQuerySchema }, async ({ query }) =>
  Response.json(await searchActivities(query), { headers: { "cache-control": "public, max-age=60" } }),
);
