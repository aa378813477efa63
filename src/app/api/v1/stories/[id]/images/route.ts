import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { invalidInput } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { IMAGE_MAX_BYTES } from "@/modules/stories/constants";
import { storyIdSchema } from "@/modules/stories/schemas";
import { addStoryImage, removeStoryImage } from "@/modules/stories/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: storyIdSchema });

/** Adds an image (multipart/form-data: part `file`, part `alt` a JSON map of the alternative text per language), checked by its bytes. */
export const POST = apiRoute({ params, authorize: ({ req }) => requireAccess("stories.manage", {}, req) }, async ({ params, req, auth: user }) => {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > IMAGE_MAX_BYTES + 64 * 1024) throw invalidInput([{ name: "file", reason: "too_large_file" }]);
  const form = await req.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) throw invalidInput([{ name: "file", reason: "required" }], "Send the image as the `file` part of multipart/form-data");
  const rawAlt = form?.get("alt");
  let alt: unknown;
  try {
    alt = typeof rawAlt === "string" ? JSON.parse(rawAlt) : undefined;
  } catch {
    throw invalidInput([{ name: "alt", reason: "invalid" }], "`alt` is a JSON object of the text per language, e.g. {\"en\":\"…\"}");
  }
  const saved = await addStoryImage(user, params.id, { bytes: new Uint8Array(await file.arrayBuffer()), alt }, requestMeta(req.headers));
  return Response.json(saved, { status: 201, headers: { location: `/api/v1/stories/${params.id}/images/${saved.id}`, "cache-control": "no-store" } });
});

const deleteQuery = z.object({ imageId: z.uuid({ error: "invalid_id" }) });

/** Removes an image: ?imageId= (the same as DELETE …/images/{imageId}). */
export const DELETE = apiRoute({ params, query: deleteQuery, authorize: ({ req }) => requireAccess("stories.manage", {}, req) }, async ({ params, query, req, auth: user }) =>
  Response.json(await removeStoryImage(user, params.id, query.imageId, requestMeta(req.headers)), { headers: { "cache-control": "no-store" } }),
);
