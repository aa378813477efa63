import type { ZodOpenApiPathsObject } from "zod-openapi";
import { problemResponse } from "@/lib/api/problem-schema";
import { activitiesQuerySchema, activityListSchema } from "./schemas";

export const activitiesOpenApiPaths: ZodOpenApiPathsObject = {
  "/api/v1/activities": {
    get: {
      operationId: "searchActivities",
      tags: ["Activities (IP-TAD)"],
      summary: "Search technical-assistance activities, with facet counts",
      description:
        "Repeated parameters mean OR within a facet, AND across facets. Text search covers titles and descriptions in every language: accent-insensitive for Latin scripts, Arabic diacritics and letter variants ignored, Chinese matched by character bigrams. Relevance order for selective text queries, newest first otherwise. Facet counts are over the current result set. Modality is computed (docs/ACTIVITIES.md).",
      requestParams: { query: activitiesQuerySchema },
      responses: {
        "200": { description: "A page of activities", content: { "application/json": { schema: activityListSchema } } },
        "400": problemResponse("An unknown facet value, a limit out of 1–100, a malformed cursor or date, or q over 500 characters; invalidParams names it"),
      },
    },
  },
};
