import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { activitiesQuerySchema } from "@/modules/activities/schemas";
import { exportActivities } from "@/modules/activities/server";

export const dynamic = "force-dynamic";

const exportQuery = activitiesQuerySchema.safeExtend({ format: z.enum(["csv", "json"]).default("csv") });

export const GET = apiRoute({ query: exportQuery }, ({ query }) => {
  const { format, ...filters } = query;
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(exportActivities(filters, format), {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="iptad-activities-${stamp}.${format}"`,
      "cache-control": "no-store",
    },
  });
});
