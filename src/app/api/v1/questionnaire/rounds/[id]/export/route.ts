import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requireAccess } from "@/modules/accounts/server";
import { exportQuerySchema, roundIdSchema } from "@/modules/questionnaire/schemas";
import { exportRound } from "@/modules/questionnaire/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: roundIdSchema });

/** Every response of the round, one row per initiative, as CSV or XLSX with labels in `lng` (the secretariat). */
export const GET = apiRoute(
  { params, query: exportQuerySchema, authorize: ({ req }) => requireAccess("questionnaire.manage", {}, req) },
  async ({ params, query }) => {
    const file = await exportRound(params.id, query.format, query.lng);
    return new Response(file.body as BodyInit, {
      headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"`, "x-content-type-options": "nosniff", "cache-control": "private, no-store" },
    });
  },
);
