import type { ZodOpenApiPathsObject } from "zod-openapi";
import { z } from "zod";
import { problemResponse } from "@/lib/api/problem-schema";
import {
  interestAnswerSchema,
  interestBodySchema,
  interestSchema,
  listingDetailSchema,
  listingInputSchema,
  listingListSchema,
  listingPatchSchema,
  listingsQuerySchema,
  matchesQuerySchema,
  matchInputSchema,
  matchListSchema,
  matchSchema,
  matchUpdateSchema,
  savedSearchInputSchema,
  suggestionsSchema,
  transitionBodySchema,
} from "./schemas";

const TAG = "Matchmaking (IP-DMD)";
const id = z.object({ id: z.uuid() });
const lng = z.object({ lng: z.string().optional().meta({ description: "ar, zh, en, fr, ru, es or pt (default en)" }) });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });
const signedIn = [{ session: [] }];

export const matchmakingOpenApiPaths: ZodOpenApiPathsObject = {
  "/api/v1/matchmaking/listings": {
    get: {
      operationId: "searchListings",
      tags: [TAG],
      summary: "Search the published needs and offers, with facet counts",
      description:
        "Public listings only (published, in discussion, matched); never the contact. Repeated parameters mean OR within a facet, AND across facets. country is a beneficiary country (needs) or an offering country (offers); region and devStatus are those of the listing's countries. Text search as for activities (accent-insensitive, Arabic letter variants, Chinese bigrams). Totals and facet counts are exact for small result sets and estimated on a fixed sample beyond (approximate: true).",
      requestParams: { query: listingsQuerySchema },
      responses: { "200": json(listingListSchema, "A page of listings"), "400": problemResponse("An unknown facet value, a limit out of 1–100, a malformed cursor; invalidParams names the parameter") },
    },
    post: {
      operationId: "createListing",
      tags: [TAG],
      summary: "File a need or an offer (a draft, or submitted with ?submit=true)",
      description:
        "Needs are for developing countries and LDCs: a focal point files for their own country, a member for their institution's country, the secretariat for any. Offers: partners, focal points, the secretariat. Audited.",
      security: signedIn,
      requestParams: { query: z.object({ submit: z.enum(["true", "false"]).optional() }) },
      requestBody: { content: { "application/json": { schema: listingInputSchema } } },
      responses: {
        "201": json(z.object({ id: z.uuid(), version: z.number().int(), status: z.string() }), "Filed; Location names the listing"),
        "400": problemResponse("A missing or invalid field (invalidParams names it: ownerCountry not_your_country / need_country_not_developing, countries need_place_required, …)"),
        "401": problemResponse("Not signed in"),
        "403": problemResponse("Offers: not a partner, focal point or secretariat"),
      },
    },
  },
  "/api/v1/matchmaking/listings/{id}": {
    get: {
      operationId: "getListing",
      tags: [TAG],
      summary: "One listing",
      description: "Public listings for anyone. Its owners (its filer; for a country's need, that country's focal points) and the secretariat also get listings not public, the contact, the version and the statuses they may move it to; for others a listing not public does not exist (404).",
      security: [{}, { session: [] }],
      requestParams: { path: id, query: lng },
      responses: { "200": json(listingDetailSchema, "The listing"), "400": problemResponse("Not an id"), "404": problemResponse("No such listing visible to this reader") },
    },
    patch: {
      operationId: "updateListing",
      tags: [TAG],
      summary: "Change a listing, based on the version read",
      description: "Any field but the kind; merged with the stored listing and checked whole. Its owners and the secretariat, while the listing is not over. A listing changed since the version read: 409, the problem's `current` holds the listing as it is now.",
      security: signedIn,
      requestParams: { path: id },
      requestBody: { content: { "application/json": { schema: listingPatchSchema } } },
      responses: {
        "200": json(z.object({ id: z.uuid(), version: z.number().int() }), "Saved"),
        "400": problemResponse("An invalid field, named"),
        "401": problemResponse("Not signed in"),
        "403": problemResponse("Not an owner of the listing nor the secretariat"),
        "404": problemResponse("No such listing"),
        "409": problemResponse("Stale version, or a listing that is over"),
      },
    },
  },
  "/api/v1/matchmaking/listings/{id}/transitions": {
    post: {
      operationId: "transitionListing",
      tags: [TAG],
      summary: "Move a listing through its state machine",
      description:
        "draft → submitted (owner) → published / returned / rejected (secretariat; return and reject need a comment) → in_discussion (owner or secretariat; also when the owner accepts an interest) → matched (by recording a match) → closed; withdrawn by the owner from any open state; expired by the system at the deadline or after 12 months without activity; renewed (expired → published) by the owner. Audited; the owners are emailed.",
      security: signedIn,
      requestParams: { path: id },
      requestBody: { content: { "application/json": { schema: transitionBodySchema } } },
      responses: {
        "200": json(z.object({ status: z.string(), version: z.number().int() }), "Moved"),
        "400": problemResponse("Unknown status, or a return/rejection without comment"),
        "401": problemResponse("Not signed in"),
        "403": problemResponse("This reader may not take this step"),
        "404": problemResponse("No such listing"),
        "409": problemResponse("No such step from the current status (named), or a stale version"),
      },
    },
  },
  "/api/v1/matchmaking/listings/{id}/suggestions": {
    get: {
      operationId: "listingSuggestions",
      tags: [TAG],
      summary: "Ranked suggestions, each with its reasons",
      description: "For a need: open offers, roster consultants and completed South-South or triangular IP-TAD activities; for an offer: open needs. Scored in PostgreSQL with the weights of docs/MATCHMAKING.md; reasons in the reader's language.",
      security: [{}, { session: [] }],
      requestParams: { path: id, query: lng },
      responses: { "200": json(suggestionsSchema, "The suggestions, best first"), "404": problemResponse("No such listing visible to this reader") },
    },
  },
  "/api/v1/matchmaking/listings/{id}/interests": {
    get: {
      operationId: "listInterests",
      tags: [TAG],
      summary: "A listing's interests (its owners and the secretariat)",
      description: "The sender's name and address only once the owner accepted (the secretariat sees them always).",
      security: signedIn,
      requestParams: { path: id },
      responses: { "200": json(z.object({ items: z.array(interestSchema) }), "The interests, oldest first"), "401": problemResponse("Not signed in"), "404": problemResponse("No such listing for this reader") },
    },
    post: {
      operationId: "expressInterest",
      tags: [TAG],
      summary: "\"I can help\" / \"We need this\"",
      description: "On an open listing, once per person; the owners and the secretariat are emailed in their languages.",
      security: signedIn,
      requestParams: { path: id },
      requestBody: { content: { "application/json": { schema: interestBodySchema } } },
      responses: {
        "201": json(z.object({ id: z.uuid() }), "Sent"),
        "400": problemResponse("No message, or too short"),
        "401": problemResponse("Not signed in"),
        "403": problemResponse("One's own listing"),
        "404": problemResponse("No such listing"),
        "409": problemResponse("Already interested, or the listing is not open"),
      },
    },
  },
  "/api/v1/matchmaking/listings/{id}/interests/{interestId}": {
    patch: {
      operationId: "answerInterest",
      tags: [TAG],
      summary: "Accept or decline an interest (the listing's owners)",
      description: "Accepting shares both contacts and moves a published listing into discussion.",
      security: signedIn,
      requestParams: { path: z.object({ id: z.uuid(), interestId: z.uuid() }) },
      requestBody: { content: { "application/json": { schema: interestAnswerSchema } } },
      responses: { "200": json(z.object({ status: z.string() }), "Answered"), "403": problemResponse("Not an owner"), "404": problemResponse("No such interest"), "409": problemResponse("Already answered") },
    },
  },
  "/api/v1/matchmaking/listings/{id}/attachments": {
    post: {
      operationId: "addListingAttachment",
      tags: [TAG],
      summary: "Attach a PDF (multipart/form-data, part `file`)",
      description: "Checked by its bytes; at most 5 MB, five per listing; owners and the secretariat.",
      security: signedIn,
      requestParams: { path: id },
      responses: { "201": json(z.object({ id: z.uuid() }), "Attached"), "400": problemResponse("file required / not_pdf / too_large / too_many"), "403": problemResponse("Not an owner"), "409": problemResponse("The listing is over") },
    },
  },
  "/api/v1/matchmaking/listings/{id}/attachments/{attachmentId}": {
    get: {
      operationId: "getListingAttachment",
      tags: [TAG],
      summary: "An attachment, as a download (nosniff)",
      security: [{}, { session: [] }],
      requestParams: { path: z.object({ id: z.uuid(), attachmentId: z.uuid() }) },
      responses: { "200": { description: "The PDF", content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } } }, "404": problemResponse("No such attachment for this reader") },
    },
    delete: {
      operationId: "removeListingAttachment",
      tags: [TAG],
      summary: "Remove an attachment (owners, secretariat)",
      security: signedIn,
      requestParams: { path: z.object({ id: z.uuid(), attachmentId: z.uuid() }) },
      responses: { "204": { description: "Removed" }, "403": problemResponse("Not an owner"), "404": problemResponse("No such attachment") },
    },
  },
  "/api/v1/matchmaking/matches": {
    get: {
      operationId: "listMatches",
      tags: [TAG],
      summary: "Public matches, newest start first",
      requestParams: { query: matchesQuerySchema },
      responses: { "200": json(matchListSchema, "A page of matches"), "400": problemResponse("Invalid filter, named") },
    },
    post: {
      operationId: "recordMatch",
      tags: [TAG],
      summary: "Record a match (secretariat, admin)",
      description: "Parties: listings, roster consultants or organisations, each beneficiary, provider or funder. The modality is derived by IP-TAD's rule: South-South when providers and beneficiaries are developing countries; triangular when a developed country or an IGO funds it. The listings joined become matched.",
      security: signedIn,
      requestBody: { content: { "application/json": { schema: matchInputSchema } } },
      responses: {
        "201": json(z.object({ id: z.uuid(), modality: z.enum(["south-south", "triangular", "north-south"]) }), "Recorded"),
        "400": problemResponse("An invalid field or party (named: parties.1.listingId unknown_listing, …)"),
        "401": problemResponse("Not signed in"),
        "403": problemResponse("Not secretariat or admin"),
      },
    },
  },
  "/api/v1/matchmaking/matches/{id}": {
    get: {
      operationId: "getMatch",
      tags: [TAG],
      summary: "One match (public ones; all for the secretariat)",
      security: [{}, { session: [] }],
      requestParams: { path: id, query: lng },
      responses: { "200": json(matchSchema, "The match"), "404": problemResponse("No such match for this reader") },
    },
    patch: {
      operationId: "updateMatch",
      tags: [TAG],
      summary: "Follow a match to its outcome, based on the version read (secretariat)",
      security: signedIn,
      requestParams: { path: id },
      requestBody: { content: { "application/json": { schema: matchUpdateSchema } } },
      responses: { "200": json(z.object({ version: z.number().int() }), "Saved"), "403": problemResponse("Not secretariat or admin"), "404": problemResponse("No such match"), "409": problemResponse("Stale version") },
    },
  },
  "/api/v1/matchmaking/queue": {
    get: {
      operationId: "moderationQueue",
      tags: [TAG],
      summary: "The moderation queue: submitted listings oldest first, and counts per status (secretariat)",
      security: signedIn,
      requestParams: { query: lng },
      responses: { "200": { description: "The queue" }, "401": problemResponse("Not signed in"), "403": problemResponse("Not secretariat or admin") },
    },
  },
  "/api/v1/matchmaking/statistics": {
    get: {
      operationId: "matchmakingStatistics",
      tags: [TAG],
      summary: "Listings and matches per year by type and modality, by region and theme, time to first interest and to match",
      responses: { "200": { description: "The statistics" } },
    },
  },
  "/api/v1/matchmaking/saved-searches": {
    get: { operationId: "listSavedSearches", tags: [TAG], summary: "One's saved listing searches", security: signedIn, responses: { "200": { description: "The saved searches" }, "401": problemResponse("Not signed in") } },
    post: {
      operationId: "saveSearch",
      tags: [TAG],
      summary: "Save a listing search (its query string) for a daily or weekly email digest",
      security: signedIn,
      requestBody: { content: { "application/json": { schema: savedSearchInputSchema } } },
      responses: { "201": json(z.object({ id: z.uuid() }), "Saved"), "400": problemResponse("A filter of the query is invalid (query.<name>)"), "401": problemResponse("Not signed in") },
    },
  },
  "/api/v1/matchmaking/saved-searches/{id}": {
    delete: { operationId: "deleteSavedSearch", tags: [TAG], summary: "Delete one's saved search", security: signedIn, requestParams: { path: id }, responses: { "204": { description: "Deleted" }, "404": problemResponse("No such saved search of this user") } },
  },
  "/api/v1/matchmaking/saved-searches/unsubscribe": {
    post: {
      operationId: "unsubscribeDigest",
      tags: [TAG],
      summary: "One-click unsubscribe with the token of the latest digest (no sign-in)",
      requestParams: { query: z.object({ token: z.string() }) },
      responses: { "204": { description: "Unsubscribed" }, "404": problemResponse("Unknown or already used token") },
    },
  },
};
