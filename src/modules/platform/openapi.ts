import { z } from "zod";
import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { accountsOpenApiPaths } from "@/modules/accounts/openapi";
import { activitiesOpenApiPaths } from "@/modules/activities/openapi";
import { auditOpenApiPaths } from "@/modules/audit/openapi";
import { consultantsOpenApiPaths } from "@/modules/consultants/openapi";
import { matchmakingOpenApiPaths } from "@/modules/matchmaking/openapi";
import { storiesOpenApiPaths } from "@/modules/stories/openapi";
import { countriesOpenApiPaths } from "@/modules/countries/openapi";
import { questionnaireOpenApiPaths } from "@/modules/questionnaire/openapi";

const healthSchema = z
  .object({ status: z.enum(["ok", "degraded"]), db: z.enum(["ok", "down"]) })
  .meta({ id: "Health" });

const platformPaths: ZodOpenApiPathsObject = {
  "/api/health": {
    get: {
      operationId: "health",
      tags: ["Platform"],
      summary: "Liveness and database reachability",
      responses: {
        "200": { description: "The portal and its database work", content: { "application/json": { schema: healthSchema } } },
        "503": { description: "The database is unreachable (answered within 3 s)", content: { "application/json": { schema: healthSchema } } },
      },
    },
  },
  "/api/v1/openapi.json": {
    get: {
      operationId: "openapi",
      tags: ["Platform"],
      summary: "This OpenAPI 3.1 document",
      responses: { "200": { description: "The document", content: { "application/json": { schema: z.looseObject({}) } } } },
    },
  },
};

let cached: ReturnType<typeof createDocument> | undefined;

/** The OpenAPI document, generated from the zod schemas the routes validate with. */
export function openApiDocument() {
  cached ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "South-South IP Cooperation Portal API",
      version: "1.0.0",
      description:
        "Public API of the South-South IP Cooperation Portal. Errors are RFC 9457 problem details (application/problem+json).",
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    tags: [
      { name: "Platform", description: "Health and API description" },
      { name: "Countries", description: "Country reference data and UN classifications" },
      { name: "Activities (IP-TAD)", description: "Technical-assistance activities and their South-South and triangular cooperation" },
      { name: "Consultants (ROC)", description: "The roster of IP experts, above all from developing countries and LDCs" },
      { name: "Matchmaking (IP-DMD)", description: "Needs and offers, suggestions, interests and the matches brokered" },
      { name: "Questionnaire", description: "The member-state questionnaire: rounds, definitions, country responses, the secretariat's dashboard and exports" },
      { name: "Success stories", description: "What IP offices of the South achieved together, in seven languages" },
      { name: "Authentication", description: "next-auth endpoints under /api/auth" },
      { name: "Accounts", description: "Registration and the signed-in user's own data" },
      { name: "Administration", description: "Users, roles, focal points and the audit trail" },
    ],
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "Session cookie (__Secure- prefixed over HTTPS)" },
      },
    },
    paths: { ...platformPaths, ...countriesOpenApiPaths, ...activitiesOpenApiPaths, ...consultantsOpenApiPaths, ...matchmakingOpenApiPaths, ...storiesOpenApiPaths, ...questionnaireOpenApiPaths, ...accountsOpenApiPaths, ...auditOpenApiPaths },
  });
  return cached;
}
