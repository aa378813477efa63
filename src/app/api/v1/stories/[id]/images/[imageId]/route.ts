import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { getCurrentUser, requireAccess } from "@/modules/accounts/server";
import { storyIdSchema } from "@/modules/stories/schemas";
import { readStoryImage, removeStoryImage } from "@/modules/stories/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: storyIdSchema, imageId: z.uuid({ error: "invalid_id" }) });

/**
 * The image's bytes with the type its bytes showed when it was checked, nosniff and a CSP that
 * lets nothing run; public (and cacheable) with a published story, else for the secretariat only.
 */
export const GET = apiRoute({ params }, async ({ params, req }) => {
  const image = await readStoryImage(await getCurrentUser(req), params.id, params.imageId);
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "content-type": image.mimeType,
      "content-length": String(image.bytes.byteLength),
      "content-disposition": "inline",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": image.published ? "public, max-age=300" : "private, no-store",
      vary: "Cookie",
    },
  });
});

export const DELETE = apiRoute({ params, authorize: ({ req }) => requireAccess("stories.manage", {}, req) }, async ({ params, req, auth: user }) =>
  Response.json(await removeStoryImage(user, params.id, params.imageId, requestMeta(req.headers)), { headers: { "cache-control": "no-store" } }),
);
