import { apiRoute } from "@/lib/api/route";
import { consultantsQuerySchema } from "@/modules/consultants/schemas";
import { searchConsultants } from "@/modules/consultants/server";

export const dynamic = "force-dynamic";

// Public fields only: the answer is the same for everyone, so shared caches may keep it, as
// briefly as the public pages (docs/PERFORMANCE.md); a repeat with its ETag is a 304.
export const GET = apiRoute(
  { query: consultantsQuerySchema, etag: "fromBody", cacheControl: "public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=30" },
  async ({ query }) => searchConsultants(query),
);
