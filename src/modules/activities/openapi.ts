import type { ZodOpenApiPathsObject } from "zod-openapi";
import { problemResponse } from "@/lib/api/problem-schema";
import { z } from "zod";
import { IMPORT_COLUMNS } from "./import/columns";
import { activitiesQuerySchema, activityInputSchema, activityListSchema } from "./schemas";

const guarded = {
  "401": problemResponse("Not signed in"),
  "403": problemResponse("Not secretariat or admin"),
};
const idParams = z.object({ id: z.uuid() });

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
    post: {
      operationId: "createActivity",
      tags: ["Activities (IP-TAD)"],
      summary: "Create an activity, or replace the one with the same externalRef (secretariat, admin; audited)",
      security: [{ session: [] }],
      requestBody: { content: { "application/json": { schema: activityInputSchema } } },
      responses: {
        "201": { description: "Created", content: { "application/json": { schema: z.object({ id: z.string(), created: z.boolean() }) } } },
        "200": { description: "Replaced the activity with this externalRef", content: { "application/json": { schema: z.object({ id: z.string(), created: z.boolean() }) } } },
        "400": problemResponse("invalidParams names each field"),
        "409": problemResponse("Another activity took this externalRef while the request was written (a concurrent write); nothing was written"),
        ...guarded,
      },
    },
  },
  "/api/v1/activities/{id}": {
    get: {
      operationId: "getActivity",
      tags: ["Activities (IP-TAD)"],
      summary: "One activity with its beneficiaries, experts and every language it is written in",
      requestParams: { path: idParams },
      responses: {
        "200": { description: "The activity; its ETag is its version, for If-Match on PUT", headers: { ETag: { description: 'The version, e.g. "3"', schema: { type: "string" } } } },
        "400": problemResponse("Not an id"),
        "404": problemResponse("No such activity"),
      },
    },
    put: {
      operationId: "updateActivity",
      tags: ["Activities (IP-TAD)"],
      summary: "Replace an activity (secretariat, admin; audited). Send If-Match with the ETag you read to be refused (409) when someone saved in between",
      security: [{ session: [] }],
      requestParams: { path: idParams, header: z.object({ "if-match": z.string().optional().meta({ description: 'The version your edit started from (the ETag of GET), e.g. "3"; without it the replace is unconditional' }) }) },
      requestBody: { content: { "application/json": { schema: activityInputSchema } } },
      responses: {
        "204": { description: "Replaced; the ETag is the new version" },
        "400": problemResponse("Invalid"),
        "404": problemResponse("No such activity"),
        "409": problemResponse("The externalRef belongs to another activity, or the activity was saved after the If-Match version (the problem's `current` holds it as it is now); nothing was written"),
        ...guarded,
      },
    },
    delete: {
      operationId: "deleteActivity",
      tags: ["Activities (IP-TAD)"],
      summary: "Delete an activity (secretariat, admin; audited)",
      security: [{ session: [] }],
      requestParams: { path: idParams },
      responses: { "204": { description: "Deleted" }, "404": problemResponse("No such activity"), ...guarded },
    },
  },
  "/api/v1/activities/import": {
    post: {
      operationId: "importActivities",
      tags: ["Activities (IP-TAD)"],
      summary: "Import a CSV or XLSX file in the import template (secretariat, admin; audited)",
      description:
        "multipart/form-data with `file`. dryRun=true (the default) validates every row and writes nothing; dryRun=false writes only when every row is valid. Rows with an external_ref update their activity instead of duplicating it. With `Accept: application/x-ndjson` the answer is 200 at once and streams one JSON object per line: {\"progress\":{\"phase\":\"checking\"|\"writing\",\"done\",\"total\"}} at most every 200 ms, then {\"report\":…,\"status\":200|422} or, if the import fails after the stream began, {\"problem\":…} (RFC 9457). Template columns: external_ref, title_<lng>, description_<lng> (ar zh en fr ru es pt), type, ip_areas, organising_unit, start_date, end_date, venue_city, venue_country, online, beneficiaries (CC:participants;…), languages, funding_type, funding_donor, funding_partner, partners, igo_support, experts (Name|CC;…), status, links (label|url;…).",
      security: [{ session: [] }],
      requestParams: { query: z.object({ dryRun: z.enum(["true", "false"]).default("true") }) },
      responses: {
        "200": { description: "The report: rows, valid, errors (row, field, reason), created, updated; or, with Accept: application/x-ndjson, the stream of progress lines ending with the report" },
        "422": { description: "Some rows are invalid; nothing was written; the report lists every error" },
        "400": problemResponse("No file, unknown columns, unreadable or too large"),
        "409": problemResponse("An external_ref in the file was written by someone else during the import; nothing was written"),
        "413": problemResponse("The request body is larger than the upload limit (answered before the file is read)"),
        ...guarded,
      },
    },
  },
  "/api/v1/activities/import/template": {
    get: {
      operationId: "activitiesImportTemplate",
      tags: ["Activities (IP-TAD)"],
      summary: "The import template: an empty CSV (UTF-8 with BOM) with the template's header line",
      description: `Columns, in order: ${IMPORT_COLUMNS.join(", ")}.`,
      responses: {
        "200": {
          description: "The template, as an attachment (iptad-import-template.csv)",
          content: { "text/csv": { schema: z.string() } },
        },
      },
    },
  },
  "/api/v1/activities/export": {
    get: {
      operationId: "exportActivities",
      tags: ["Activities (IP-TAD)"],
      summary: "Every matching activity, streamed as CSV (UTF-8 with BOM) or a JSON array",
      description:
        "Same filters as the search, plus format=csv|json. Columns: id, external_ref, title, title_language, type, ip_areas, start_date, end_date, venue_country, online, beneficiary_countries, total_participants, languages, funding_type, funding_donor, modality, status (lists are ;-separated codes).",
      requestParams: { query: activitiesQuerySchema.safeExtend({ format: z.enum(["csv", "json"]).default("csv") }) },
      responses: { "200": { description: "The file" }, "400": problemResponse("Invalid filter or format") },
    },
  },
};
