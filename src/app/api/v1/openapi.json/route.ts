import { apiRoute } from "@/lib/api/route";
import { openApiDocument } from "@/modules/platform/openapi";

export const GET = apiRoute({}, () =>
  Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } }),
);
