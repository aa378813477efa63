import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { getCurrentUser, requireAccess } from "@/modules/accounts/server";
import { listingIdSchema } from "@/modules/matchmaking/schemas";
import { readAttachment, removeAttachment } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: listingIdSchema, attachmentId: z.uuid({ error: "invalid_id" }) });

/** The PDF as an attachment, with nosniff; public with a public listing. */
export const GET = apiRoute({ params }, async ({ params, req }) => {
  const a = await readAttachment(await getCurrentUser(req), params.id, params.attachmentId);
  return new Response(new Uint8Array(a.bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(a.bytes.byteLength),
      "content-disposition": `attachment; filename="${a.filename}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});

export const DELETE = apiRoute({ params, authorize: ({ req }) => requireAccess("matchmaking.file", {}, req) }, async ({ params, req, auth: user }) => {
  await removeAttachment(user, params.id, params.attachmentId, requestMeta(req.headers));
  return new Response(null, { status: 204 });
});
