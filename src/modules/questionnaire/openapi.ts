import type { ZodOpenApiPathsObject } from "zod-openapi";
import { z } from "zod";
import { problemResponse } from "@/lib/api/problem-schema";
import {
  dashboardSchema,
  exportQuerySchema,
  lngQuerySchema,
  reminderReportSchema,
  remindersBodySchema,
  responsePutSchema,
  responseTransitionSchema,
  responseViewSchema,
  revisionSchema,
  roundDetailSchema,
  roundSummarySchema,
} from "./schemas";

const TAG = "Questionnaire";
const round = z.object({ id: z.uuid() });
const response = z.object({ id: z.uuid(), iso2: z.string().meta({ description: "ISO 3166-1 alpha-2 code of a developing country or LDC" }) });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });
const signedIn = [{ session: [] }];
const refusals = { "401": problemResponse("Not signed in"), "403": problemResponse("Not a focal point of this country, nor the secretariat") };

export const questionnaireOpenApiPaths: ZodOpenApiPathsObject = {
  "/api/v1/questionnaire/rounds": {
    get: { operationId: "listQuestionnaireRounds", tags: [TAG], summary: "Every round, the newest first", responses: { "200": json(z.object({ items: z.array(roundSummarySchema) }), "The rounds") } },
  },
  "/api/v1/questionnaire/rounds/{id}": {
    get: {
      operationId: "getQuestionnaireRound",
      tags: [TAG],
      summary: "A round with its version's definition",
      requestParams: { path: round },
      responses: { "200": json(roundDetailSchema, "The round"), "400": problemResponse("The id is not a UUID"), "404": problemResponse("No such round") },
    },
  },
  "/api/v1/questionnaire/rounds/{id}/responses/{iso2}": {
    get: {
      operationId: "getQuestionnaireResponse",
      tags: [TAG],
      summary: "A country's response, with its version",
      description: "The country's focal points and the secretariat. A country that has not started has status not_started and version 0. The ETag is the version (\"v3\").",
      security: signedIn,
      requestParams: { path: response },
      responses: { "200": json(responseViewSchema, "The response"), ...refusals, "404": problemResponse("No such round, or the country is not asked to answer") },
    },
    put: {
      operationId: "saveQuestionnaireResponse",
      tags: [TAG],
      summary: "Save the answers as a whole, based on the version read",
      description:
        "The country's focal points, while the response is a draft or returned. `version` (or If-Match: \"v3\") is the version read; 0 starts the response. Every answer is checked against the definition (a draft may be incomplete). A stale version is a 409 whose `current` holds the response as it is now and `changes`, the saves since (who, when, which answer paths). Each save keeps a revision; a save that changes nothing writes nothing.",
      security: signedIn,
      requestParams: { path: response, header: z.object({ "if-match": z.string().optional() }) },
      requestBody: { content: { "application/json": { schema: responsePutSchema } } },
      responses: {
        "200": json(responseViewSchema, "Saved"),
        "400": problemResponse("An answer that does not fit its question (invalidParams names its path, e.g. initiatives[1].results), or no version"),
        ...refusals,
        "404": problemResponse("No such round, or the country is not asked to answer"),
        "409": problemResponse("A stale version (current: the response and the saves since), a submitted or accepted response, or a closed round"),
      },
    },
  },
  "/api/v1/questionnaire/rounds/{id}/responses/{iso2}/transitions": {
    post: {
      operationId: "transitionQuestionnaireResponse",
      tags: [TAG],
      summary: "Submit, return or accept a response",
      description:
        "draft/returned → submitted (the country's focal points; every required and shown question must be answered, else 400 naming each; gives the reference and emails the receipt to all the country's focal points) → returned (the secretariat, with a comment; it reopens) or accepted (the secretariat; final). Audited.",
      security: signedIn,
      requestParams: { path: response },
      requestBody: { content: { "application/json": { schema: responseTransitionSchema } } },
      responses: {
        "200": json(responseViewSchema, "Moved"),
        "400": problemResponse("Missing required answers (each named), an unknown status, or a return without comment"),
        ...refusals,
        "404": problemResponse("No such round, or the country is not asked to answer"),
        "409": problemResponse("Not allowed from the current status, a stale version, or nothing started"),
      },
    },
  },
  "/api/v1/questionnaire/rounds/{id}/responses/{iso2}/revisions": {
    get: {
      operationId: "listQuestionnaireRevisions",
      tags: [TAG],
      summary: "The response's saves, newest first",
      security: signedIn,
      requestParams: { path: response },
      responses: { "200": json(z.object({ items: z.array(revisionSchema) }), "The revisions"), ...refusals },
    },
  },
  "/api/v1/questionnaire/rounds/{id}/dashboard": {
    get: {
      operationId: "questionnaireDashboard",
      tags: [TAG],
      summary: "Where a round stands, country by country (the secretariat)",
      security: signedIn,
      requestParams: { path: round, query: lngQuerySchema },
      responses: { "200": json(dashboardSchema, "Every invited country's progress, by region and development status"), "401": problemResponse("Not signed in"), "403": problemResponse("Not the secretariat"), "404": problemResponse("No such round") },
    },
  },
  "/api/v1/questionnaire/rounds/{id}/reminders": {
    post: {
      operationId: "questionnaireReminders",
      tags: [TAG],
      summary: "Remind the focal points of countries that have not submitted (the secretariat)",
      description: "At most one reminder a week per country and round, in each focal point's language; `countries` narrows it.",
      security: signedIn,
      requestParams: { path: round },
      requestBody: { content: { "application/json": { schema: remindersBodySchema } } },
      responses: { "200": json(reminderReportSchema, "Who was reminded, and who was skipped"), "400": problemResponse("A country code that is not valid"), "401": problemResponse("Not signed in"), "403": problemResponse("Not the secretariat"), "409": problemResponse("The round is closed") },
    },
  },
  "/api/v1/questionnaire/rounds/{id}/export": {
    get: {
      operationId: "exportQuestionnaireRound",
      tags: [TAG],
      summary: "Every response of a round as CSV or XLSX (the secretariat)",
      description: "One row per initiative; labels in `lng`; a multiple choice has one column per option (1/0); columns in docs/QUESTIONNAIRE.md, \"Export\".",
      security: signedIn,
      requestParams: { path: round, query: exportQuerySchema },
      responses: {
        "200": { description: "The file (attachment)", content: { "text/csv": { schema: z.string() }, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string().meta({ format: "binary" }) } } },
        "400": problemResponse("An unknown format or lng"),
        "401": problemResponse("Not signed in"),
        "403": problemResponse("Not the secretariat"),
        "404": problemResponse("No such round"),
      },
    },
  },
};
