import { apiRoute } from "@/lib/api/route";
import { exportAccountData, requireAccess } from "@/modules/accounts/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ authorize: ({ req }) => requireAccess("account.manage_own", {}, req) }, async ({ auth: user }) => {
  return new Response(JSON.stringify(await exportAccountData(user), null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="my-portal-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
});
