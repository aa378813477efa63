import type { ZodOpenApiPathsObject } from "zod-openapi";
import { problemResponse } from "@/lib/api/problem-schema";
import { countriesQuerySchema, countriesResponseSchema } from "./schemas";

export const countriesOpenApiPaths: ZodOpenApiPathsObject = {
  "/api/v1/countries": {
    get: {
      operationId: "listCountries",
      tags: ["Countries"],
      summary: "UN member and observer states with their UN classifications",
      description:
        "Names are in the requested language (CLDR). Development status follows UN DESA's WESP; LDC, LLDC and SIDS flags follow UN-OHRLLS and M49. Sorted by name in that language.",
      requestParams: { query: countriesQuerySchema },
      responses: {
        "200": { description: "The matching countries", content: { "application/json": { schema: countriesResponseSchema } } },
        "400": problemResponse("An unknown lng, status or region; invalidParams names it"),
      },
    },
  },
};
