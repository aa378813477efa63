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
  assignmentBodySchema,
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
  "/api/v1/consultants/{id}/cv": {
    get: {
      operationId: "getConsultantCv",
      tags: [TAG],
      summary: "A profile's CV (PDF), as an attachment",
      description:
        "For focal points, the secretariat and admins (policy consultants.cv.read), and for the consultant themselves (their own profile). Focal points get the CVs of approved profiles; the secretariat and admins (reviewers) also those of profiles not approved yet. Visitors get 401 and other roles 403 before the profile is looked up (a consultant asking for another profile's CV gets 403 whether it exists or not). Served with Content-Disposition: attachment, X-Content-Type-Options: nosniff and Cache-Control: private, no-store; each download is audited.",
      security: [{ session: [] }],
      requestParams: { path: z.object({ id: z.uuid() }) },
      responses: {
        "200": { description: "The CV", content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } } },
        "400": problemResponse("Not an id"),
        "401": problemResponse("Not signed in"),
        "403": problemResponse("Not allowed to read CVs, and not one's own profile"),
        "404": problemResponse("No such profile (visible to this reader), or no CV on file"),
      },
    },
  },
  "/api/v1/consultants/{id}/assignments": {
    post: {
      operationId: "addConsultantAssignment",
      tags: [TAG],
      summary: "Assign an approved consultant to an activity (secretariat, admin)",
      description:
        "Audited. The activity's modality is derived again: its providers come from the assigned consultants' nationalities where there are any (docs/ACTIVITIES.md, Cooperation modality); the consultant's counters follow. Dates: endsOn not before startsOn, at most two years apart, and no more than a year outside the activity's dates.",
      security: [{ session: [] }],
      requestParams: { path: z.object({ id: z.uuid() }) },
      requestBody: { content: { "application/json": { schema: assignmentBodySchema } } },
      responses: {
        "201": {
          description: "Assigned; Location names the assignment. modalityChangedTo is the activity's new modality, or null when it did not change",
          content: { "application/json": { schema: z.object({ id: z.uuid(), consultantId: z.uuid(), activityId: z.uuid(), role: z.string(), startsOn: z.string(), endsOn: z.string(), modalityChangedTo: z.enum(["south-south", "triangular", "north-south"]).nullable() }) } },
        },
        "400": problemResponse("A missing or invalid field (invalidParams names it: activityId unknown_activity, startsOn/endsOn far_from_activity, endsOn before_start, role invalid_choice, …)"),
        "401": problemResponse("Not signed in"),
        "403": problemResponse("Not secretariat or admin"),
        "404": problemResponse("No approved profile with this id"),
        "409": problemResponse("The consultant already has this role in this activity"),
      },
    },
  },
  "/api/v1/consultants/{id}/assignments/{assignmentId}": {
    delete: {
      operationId: "removeConsultantAssignment",
      tags: [TAG],
      summary: "Remove an assignment (secretariat, admin)",
      description: "Audited; the activity's modality is derived again.",
      security: [{ session: [] }],
      requestParams: { path: z.object({ id: z.uuid(), assignmentId: z.uuid() }) },
      responses: {
        "204": { description: "Removed" },
        "400": problemResponse("Not an id"),
        "401": problemResponse("Not signed in"),
        "403": problemResponse("Not secretariat or admin"),
        "404": problemResponse("This consultant has no such assignment"),
      },
    },
  },
};
