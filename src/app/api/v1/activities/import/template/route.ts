import { apiRoute } from "@/lib/api/route";
import { importTemplateCsv } from "@/modules/activities/server";

export const GET = apiRoute({}, () =>
  new Response(importTemplateCsv(), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="iptad-import-template.csv"' },
  }),
);
