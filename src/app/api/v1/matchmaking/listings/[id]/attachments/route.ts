import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { invalidInput } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { listingIdSchema } from "@/modules/matchmaking/schemas";
import { addAttachment } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: listingIdSchema });

/** Adds a PDF (multipart/form-data, part `file`), checked by its bytes: at most 5 MB, five per listing. */
export const POST = apiRoute({ params, authorize: ({ req }) => requireAccess("matchmaking.file", {}, req) }, async ({ params, req, auth: user }) => {
  const form = await req.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) throw invalidInput([{ name: "file", reason: "required" }], "Send the PDF as the `file` part of multipart/form-data");
  const saved = await addAttachment(user, params.id, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }, requestMeta(req.headers));
  return Response.json(saved, { status: 201, headers: { location: `/api/v1/matchmaking/listings/${params.id}/attachments/${saved.id}`, "cache-control": "no-store" } });
});
