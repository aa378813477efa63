import { apiRoute } from "@/lib/api/route";
import { countriesQuerySchema } from "@/modules/countries/schemas";
import { listCountries } from "@/modules/countries/server";

export const dynamic = "force-dynamic";

// Reference data: an hour in any cache, then a 304 while nothing changed (ETag: a hash of the answer).
export const GET = apiRoute({ query: countriesQuerySchema, etag: "fromBody", cacheControl: "public, max-age=3600" }, async ({ query }) => ({
  items: await listCountries(query),
}));
