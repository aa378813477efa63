import { apiRoute } from "@/lib/api/route";
import { IMPORT_COLUMNS } from "@/modules/activities/import/columns";

export const GET = apiRoute({}, () =>
  new Response(`\ufeff${IMPORT_COLUMNS.join(",")}\r\n`, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="iptad-import-template.csv"' },
  }),
);
