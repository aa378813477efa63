import { apiRoute } from "@/lib/api/route";
import { requireAccess } from "@/modules/accounts/server";
import { auditQuerySchema } from "@/modules/audit/schemas";
import { listAudit } from "@/modules/audit/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ query: auditQuerySchema, authorize: ({ req }) => requireAccess("audit.read", {}, req) }, async ({ query }) => {
  return Response.json(await listAudit(query), { headers: { "cache-control": "no-store" } });
});
