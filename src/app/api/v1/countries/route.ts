import { apiRoute } from "@/lib/api/route";
import { countriesQuerySchema } from "@/modules/countries/schemas";
import { listCountries } from "@/modules/countries/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ query: countriesQuerySchema }, async ({ query }) => {
  const items = await listCountries(query);
  return Response.json({ items }, { headers: { "cache-control": "public, max-age=3600" } });
});
