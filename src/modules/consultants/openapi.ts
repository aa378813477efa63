import type { ZodOpenApiPathsObject } from "zod-openapi";
import { z } from "zod";
import { problemResponse } from "@/lib/api/problem-schema";
import { EXPORT_COLUMNS } from "./export-format";
import {
  consultantDetailQuerySchema,
  consultantFullSchema,
  consultantListSchema,
  consultantPublicSchema,
  consultantsExportQuerySchema,
  consultantsQuerySchema,
} from "./schemas";

const TAG = "Consultants (ROC)";

export const consultantsOpenApiPaths: ZodOpenApiPathsObject = {
  "/api/v1/consultants": {
    get: {
      operationId: "searchConsultants",
      tags: [TAG],
      summary: "Search the roster of consultants, with facet counts",
      description:
        "Approved profiles only; profiles not confirmed for 24 months are left out unless includeStale=true. Repeated parameters mean OR within a facet, AND across facets. Text search covers names (as written and their Latin transliteration), organisation, position, skills (their names in every language) and the bio in every language: accent-insensitive for Latin scripts, Arabic diacritics and letter variants ignored, Chinese matched by character bigrams. Region and status are those of a nationality; servedIn takes a country or an M49 area and matches profiles with an assignment to an activity benefiting it. Totals and facet counts are exact for small result sets and estimated on a fixed sample beyond (approximate: true). Only public fields: never contact details, gender or the CV.",
      requestParams: { query: consultantsQuerySchema },
      responses: {
        "200": { description: "A page of profiles", content: { "application/json": { schema: consultantListSchema } } },
        "400": problemResponse("An unknown facet value, a limit out of 1–100, a malformed cursor, or q over 500 characters; invalidParams names the parameter"),
      },
    },
  },
  "/api/v1/consultants/{id}": {
    get: {
      operationId: "getConsultant",
      tags: [TAG],
      summary: "One approved profile with its assignments",
      description:
        "Visitors and members get the public profile (view: public). Signed-in focal points, the secretariat and admins get the full one (view: full) with email, phone, gender and whether a CV is on file; view=public asks for the public one, view=full demands the full one (401/403 otherwise, before the profile is looked up).",
      security: [{}, { session: [] }],
      requestParams: { path: z.object({ id: z.uuid() }), query: consultantDetailQuerySchema },
      responses: {
        "200": {
          description: "The profile",
          content: { "application/json": { schema: z.union([consultantPublicSchema, consultantFullSchema]) } },
        },
        "400": problemResponse("Not an id, or an unknown view or lng"),
        "401": problemResponse("view=full without being signed in"),
        "403": problemResponse("view=full without the right to read contact details"),
        "404": problemResponse("No approved profile with this id"),
      },
    },
  },
  "/api/v1/consultants/export": {
    get: {
      operationId: "exportConsultants",
      tags: [TAG],
      summary: "Every matching profile with its personal data, streamed as CSV (UTF-8 with BOM) or a JSON array (secretariat, admin)",
      description: `Same filters as the search, plus format=csv|json; in id order. Columns: ${EXPORT_COLUMNS.join(", ")} (lists are ;-separated codes; languages as code:level).`,
      security: [{ session: [] }],
      requestParams: { query: consultantsExportQuerySchema },
      responses: {
        "200": { description: "The file, as an attachment" },
        "400": problemResponse("Invalid filter or format"),
        "401": problemResponse("Not signed in"),
        "403": problemResponse("Not secretariat or admin"),
      },
    },
  },
};
