import { apiRoute } from "@/lib/api/route";
import { consultantsQuerySchema } from "@/modules/consultants/schemas";
import { searchConsultants } from "@/modules/consultants/server";

export const dynamic = "force-dynamic";

// Public fields only: the answer is the same for everyone, so shared caches may keep it.
export const GET = apiRoute({ query: consultantsQuerySchema }, async ({ query }) =>
  Response.json(await searchConsultants(query), { headers: { "cache-control": "public, max-age=60" } }),
);
