import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { notFound } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";
import { getCurrentUser } from "@/modules/accounts/server";
import { consultantIdSchema } from "@/modules/consultants/schemas";
import { authorizeCvRead, readCv } from "@/modules/consultants/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: consultantIdSchema });

/** A profile's CV, as an attachment (docs/CONSULTANTS.md, "CV"): 401/403 before the profile is looked up. */
export const GET = apiRoute({ params, authorize: async ({ req, params }) => authorizeCvRead(await getCurrentUser(req), params.id) }, async ({ params, auth, req }) => {
  const cv = await readCv(params.id, auth, requestMeta(req.headers));
  if (!cv) throw notFound("No such profile, or no CV on file");
  return new Response(new Uint8Array(cv.bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(cv.bytes.byteLength),
      "content-disposition": `attachment; filename="${cv.filename}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
