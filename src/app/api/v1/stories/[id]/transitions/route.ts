import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { storyIdSchema, storyTransitionBodySchema } from "@/modules/stories/schemas";
import { transitionStory } from "@/modules/stories/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: storyIdSchema });

/** One step of the story's state machine: {to, version}; stale or not allowed from its status: 409. */
export const POST = apiRoute(
  { params, body: storyTransitionBodySchema, authorize: ({ req }) => requireAccess("stories.manage", {}, req) },
  async ({ params, body, req, auth: user }) => Response.json(await transitionStory(user, params.id, body, requestMeta(req.headers)), { headers: { "cache-control": "no-store" } }),
);
