import { apiRoute } from "@/lib/api/route";
import { checkHealth } from "@/modules/platform/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({}, async () => {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.db === "ok" ? 200 : 503,
    // no-transform: Next.js gzips every route answer it cannot measure, and gzipping these
    // 25 bytes cost a quarter of the endpoint's throughput (docs/PERFORMANCE.md).
    headers: { "cache-control": "no-store, no-transform" },
  });
});
