import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { problemResponse } from "@/lib/api/problem-schema";
import { adminUserPatchSchema, registerSchema, userIdParams, userListQuerySchema, userListSchema, userSchema } from "./schemas";

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const session = [{ session: [] }];
const guarded = {
  "401": problemResponse("Not signed in"),
  "403": problemResponse("Signed in, but the policy does not allow it"),
};

const sessionSchema = z
  .object({
    user: z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      roles: z.array(z.string()),
      focalPointCountry: z.string().nullable(),
    }),
    expires: z.string(),
  })
  .meta({ id: "Session" });

export const accountsOpenApiPaths: ZodOpenApiPathsObject = {
  "/api/v1/accounts": {
    post: {
      operationId: "register",
      tags: ["Accounts"],
      summary: "Register an account; a verification link is emailed",
      description:
        "Always 202 for a well-formed request, whether or not the email is taken (no account enumeration). Password: at least 12 characters, not on the common-password list, not containing the email. 10 a minute per IP.",
      requestBody: { content: { "application/json": { schema: registerSchema } } },
      responses: {
        "202": json(z.object({ status: z.literal("accepted"), message: z.string() }), "Accepted"),
        "400": problemResponse("invalidParams names each field; reason is a code such as too_short, common, invalid_email, unknown_country"),
        "403": problemResponse("Cross-origin request"),
        "429": problemResponse("Too many registrations from this address; see Retry-After"),
      },
    },
  },
  "/api/v1/me": {
    get: {
      operationId: "me",
      tags: ["Accounts"],
      summary: "The signed-in user",
      security: session,
      responses: { "200": json(userSchema, "The user"), "401": problemResponse("Not signed in") },
    },
  },
  "/api/v1/me/export": {
    get: {
      operationId: "exportMyData",
      tags: ["Accounts"],
      summary: "Everything the portal holds about the signed-in user, as a JSON download",
      security: session,
      responses: { "200": json(z.looseObject({}), "The data"), "401": problemResponse("Not signed in") },
    },
  },
  "/api/v1/admin/users": {
    get: {
      operationId: "listUsers",
      tags: ["Administration"],
      summary: "Search users (admin)",
      security: session,
      requestParams: { query: userListQuerySchema },
      responses: { "200": json(userListSchema, "A page of users"), "400": problemResponse("Bad filter"), ...guarded },
    },
  },
  "/api/v1/admin/users/{id}": {
    get: {
      operationId: "getUser",
      tags: ["Administration"],
      summary: "One user (admin)",
      security: session,
      requestParams: { path: userIdParams },
      responses: { "200": json(userSchema, "The user"), "404": problemResponse("No such user"), ...guarded },
    },
    patch: {
      operationId: "updateUser",
      tags: ["Administration"],
      summary: "Change roles, focal-point country or active state (admin); audited",
      description: "The focal_point role and a focalPointCountry go together. An admin cannot deactivate themselves or drop their own admin role (409).",
      security: session,
      requestParams: { path: userIdParams },
      requestBody: { content: { "application/json": { schema: adminUserPatchSchema } } },
      responses: {
        "200": json(userSchema, "The updated user"),
        "400": problemResponse("Invalid change"),
        "404": problemResponse("No such user"),
        "409": problemResponse("Would lock the admin out"),
        ...guarded,
      },
    },
  },
  "/api/v1/countries/{iso2}/focal-points": {
    get: {
      operationId: "countryFocalPoints",
      tags: ["Accounts"],
      summary: "A country's focal points: for that country's focal points, the secretariat and admins",
      security: session,
      requestParams: { path: z.object({ iso2: z.string().regex(/^[A-Z]{2}$/).meta({ example: "EG" }) }) },
      responses: { "200": json(z.object({ items: z.array(userSchema) }), "The focal points"), ...guarded },
    },
  },
  "/api/auth/session": {
    get: {
      operationId: "session",
      tags: ["Authentication"],
      summary: "next-auth: the current session (empty object when signed out)",
      description:
        "Sign in with POST /api/auth/callback/credentials (form fields email, password, csrfToken from GET /api/auth/csrf); sign out with POST /api/auth/signout. Sessions end after 30 idle minutes and at most 12 hours after sign-in.",
      responses: { "200": json(sessionSchema, "The session") },
    },
  },
};
