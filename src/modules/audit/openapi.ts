import type { ZodOpenApiPathsObject } from "zod-openapi";
import { problemResponse } from "@/lib/api/problem-schema";
import { auditListSchema, auditQuerySchema } from "./schemas";

export const auditOpenApiPaths: ZodOpenApiPathsObject = {
  "/api/v1/admin/audit": {
    get: {
      operationId: "listAudit",
      tags: ["Administration"],
      summary: "The append-only audit trail, newest first (admin)",
      security: [{ session: [] }],
      requestParams: { query: auditQuerySchema },
      responses: {
        "200": { description: "A page of events; pass nextBefore as `before` for the next", content: { "application/json": { schema: auditListSchema } } },
        "400": problemResponse("Bad filter"),
        "401": problemResponse("Not signed in"),
        "403": problemResponse("Not an admin"),
      },
    },
  },
};
