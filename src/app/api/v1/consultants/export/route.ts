import { apiRoute } from "@/lib/api/route";
import { requireAccess } from "@/modules/accounts/server";
import { consultantsExportQuerySchema } from "@/modules/consultants/schemas";
import { exportConsultants } from "@/modules/consultants/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute(
  { query: consultantsExportQuerySchema, authorize: ({ req }) => requireAccess("consultants.export", {}, req) },
  ({ query }) => {
    const { format, ...filters } = query;
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(exportConsultants(filters, format), {
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="roc-consultants-${stamp}.${format}"`,
        "cache-control": "private, no-store",
      },
    });
  },
);
