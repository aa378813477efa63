import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { notFound } from "@/lib/errors";
import { getActivity } from "@/modules/activities/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ params: z.object({ id: z.uuid({ error: "not an activity id" }) }) }, async ({ params }) => {
  const activity = await getActivity(params.id);
  if (!activity) throw notFound("No such activity");
  const { beneficiaryRegions: _regions, ...body } = activity;
  return Response.json(body, { headers: { "cache-control": "public, max-age=60" } });
});
