import { apiRoute } from "@/lib/api/route";
import { checkHealth } from "@/modules/platform/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({}, async () => {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.db === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
});
