import type { ZodOpenApiPathsObject } from "zod-openapi";
import { z } from "zod";
import { problemResponse } from "@/lib/api/problem-schema";
import {
  fromMatchBodySchema,
  fromResponseBodySchema,
  storiesQuerySchema,
  storyDetailSchema,
  storyInputSchema,
  storyListSchema,
  storyPatchSchema,
  storySavedSchema,
  storyTransitionBodySchema,
} from "./schemas";

const TAG = "Success stories";
const id = z.object({ id: z.uuid() });
const image = z.object({ id: z.uuid(), imageId: z.uuid() });
const lng = z.object({ lng: z.string().optional().meta({ description: "ar, zh, en, fr, ru, es or pt (default en)" }) });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });
const secretariat = [{ session: [] }];
const refused = { "401": problemResponse("Not signed in"), "403": problemResponse("Not the secretariat (policy stories.manage); nothing was written") };

export const storiesOpenApiPaths: ZodOpenApiPathsObject = {
  "/api/v1/stories": {
    get: {
      operationId: "searchStories",
      tags: [TAG],
      summary: "Search the published success stories, with facet counts",
      description:
        "Published stories only, newest published first (by relevance when q is given). Repeated parameters mean OR within a facet, AND across facets. country matches a country that took part or a partner country; region and status (development status: ldc, developing) are those of all of them; year matches periodStart ≤ year ≤ periodEnd, or the publication year for a story without a period. Texts follow the translation rule (fallback to the source language, `fallback: true`). Counts are exact.",
      requestParams: { query: storiesQuerySchema },
      responses: { "200": json(storyListSchema, "A page of stories"), "400": problemResponse("An unknown facet value, a limit out of 1–100, a malformed cursor; invalidParams names the parameter") },
    },
    post: {
      operationId: "createStory",
      tags: [TAG],
      summary: "Write a story (a draft)",
      description: "Modality, places and the search text are derived. The source language must hold the title, summary and body; a language marked complete too. Audited.",
      security: secretariat,
      requestBody: { content: { "application/json": { schema: storyInputSchema } } },
      responses: { "201": json(storySavedSchema, "Written; Location names the story"), "400": problemResponse("An invalid field, named (title.fr source_text_required, completeLocales.0 incomplete_translation, activityIds.0 unknown_activity, …)"), ...refused },
    },
  },
  "/api/v1/stories/{id}": {
    get: {
      operationId: "getStory",
      tags: [TAG],
      summary: "One story, its Markdown rendered and sanitised, in the reader's language or its source language",
      description: "Published stories for anyone; the secretariat sees every status and gets `manage` (version, next statuses, the stored input).",
      security: [{}, { session: [] }],
      requestParams: { path: id, query: lng },
      responses: { "200": json(storyDetailSchema, "The story"), "400": problemResponse("Not an id"), "404": problemResponse("No such story visible to this reader") },
    },
    patch: {
      operationId: "updateStory",
      tags: [TAG],
      summary: "Change a story, based on the version read",
      description: "Any field; merged with the stored story and checked whole. Stale version: 409 whose `current` holds the version, status and the story as it is now; nothing written. Archived stories are not edited (409).",
      security: secretariat,
      requestParams: { path: id },
      requestBody: { content: { "application/json": { schema: storyPatchSchema } } },
      responses: {
        "200": json(storySavedSchema, "Saved"),
        "400": problemResponse("An invalid field, named"),
        ...refused,
        "404": problemResponse("No such story"),
        "409": problemResponse("Changed since the version read, or archived"),
      },
    },
  },
  "/api/v1/stories/{id}/transitions": {
    post: {
      operationId: "transitionStory",
      tags: [TAG],
      summary: "Move a story: draft → in_review → published → archived; in_review → draft; archived → published",
      security: secretariat,
      requestParams: { path: id },
      requestBody: { content: { "application/json": { schema: storyTransitionBodySchema } } },
      responses: {
        "200": json(storySavedSchema, "Moved"),
        "400": problemResponse("An unknown status or a missing version"),
        ...refused,
        "404": problemResponse("No such story"),
        "409": problemResponse("Changed since the version read, or no such step from its status (`current` holds version and status)"),
      },
    },
  },
  "/api/v1/stories/from-response": {
    post: {
      operationId: "storyFromResponse",
      tags: [TAG],
      summary: "Start a story from one initiative of an accepted questionnaire response",
      security: secretariat,
      requestBody: { content: { "application/json": { schema: fromResponseBodySchema } } },
      responses: {
        "201": json(storySavedSchema, "A draft, pre-filled"),
        "400": problemResponse("Bad ids, or the initiative lacks what a story needs (initiative.title.xx …)"),
        ...refused,
        "404": problemResponse("No such response or initiative"),
        "409": problemResponse("The response is not accepted, or a story from this initiative exists"),
      },
    },
  },
  "/api/v1/stories/from-match": {
    post: {
      operationId: "storyFromMatch",
      tags: [TAG],
      summary: "Start a story from a completed match",
      security: secretariat,
      requestBody: { content: { "application/json": { schema: fromMatchBodySchema } } },
      responses: {
        "201": json(storySavedSchema, "A draft, pre-filled"),
        "400": problemResponse("Not an id"),
        ...refused,
        "404": problemResponse("No such match"),
        "409": problemResponse("The match is not completed, or a story from it exists"),
      },
    },
  },
  "/api/v1/stories/{id}/images": {
    post: {
      operationId: "addStoryImage",
      tags: [TAG],
      summary: "Add an image (multipart/form-data: part `file`, part `alt` a JSON map of alternative text per language)",
      description: "PNG, JPEG or WebP checked by its bytes (the type served is the one the bytes show), at most 2 MB, ten per story. Raises the story's version.",
      security: secretariat,
      requestParams: { path: id },
      requestBody: { content: { "multipart/form-data": { schema: z.object({ file: z.string().meta({ format: "binary" }), alt: z.string().meta({ description: "JSON, e.g. {\"en\":\"Examiners in training\"}" }) }) } } },
      responses: {
        "201": json(z.object({ id: z.uuid(), version: z.number().int() }), "Added"),
        "400": problemResponse("file required / not_image / too_large_file / too_many; alt required_in_one_language"),
        ...refused,
        "404": problemResponse("No such story"),
        "409": problemResponse("The story is archived"),
      },
    },
    delete: {
      operationId: "removeStoryImageByQuery",
      tags: [TAG],
      summary: "Remove an image (?imageId=)",
      security: secretariat,
      requestParams: { path: id, query: z.object({ imageId: z.uuid() }) },
      responses: { "200": json(z.object({ version: z.number().int() }), "Removed"), "400": problemResponse("Not an id"), ...refused, "404": problemResponse("No such image"), "409": problemResponse("The story is archived") },
    },
  },
  "/api/v1/stories/{id}/images/{imageId}": {
    get: {
      operationId: "getStoryImage",
      tags: [TAG],
      summary: "An image's bytes (nosniff; public with a published story)",
      security: [{}, { session: [] }],
      requestParams: { path: image },
      responses: {
        "200": { description: "The image", content: { "image/png": { schema: z.string().meta({ format: "binary" }) }, "image/jpeg": { schema: z.string().meta({ format: "binary" }) }, "image/webp": { schema: z.string().meta({ format: "binary" }) } } },
        "404": problemResponse("No such image visible to this reader"),
      },
    },
    delete: {
      operationId: "removeStoryImage",
      tags: [TAG],
      summary: "Remove an image",
      security: secretariat,
      requestParams: { path: image },
      responses: { "200": json(z.object({ version: z.number().int() }), "Removed"), ...refused, "404": problemResponse("No such image"), "409": problemResponse("The story is archived") },
    },
  },
};
