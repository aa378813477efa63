import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { unsubscribe } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

const query = z.object({ token: z.string({ error: "required" }).min(20, { error: "invalid_token" }).max(200, { error: "invalid_token" }) });

/** One-click unsubscribe from a digest (RFC 8058's POST): the token alone, no sign-in. */
export const POST = apiRoute({ query }, async ({ query, req }) => {
  await unsubscribe(query.token, requestMeta(req.headers));
  return new Response(null, { status: 204 });
});
