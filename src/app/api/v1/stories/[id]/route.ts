import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { LOCALES } from "@/lib/i18n/locales";
import { requestMeta } from "@/lib/request-meta";
import { getCurrentUser, requireAccess } from "@/modules/accounts/server";
import { storyIdSchema, storyPatchSchema } from "@/modules/stories/schemas";
import { getStory, updateStory } from "@/modules/stories/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: storyIdSchema });
const query = z.object({ lng: z.enum(LOCALES, { error: "invalid_choice" }).default("en") });

/** A story in the reader's language (with the fallback rule): published ones for anyone, any for the secretariat (with `manage`). */
export const GET = apiRoute({ params, query }, async ({ params, query, req }) => {
  const story = await getStory(params.id, await getCurrentUser(req), query.lng);
  return Response.json(story, { headers: { "cache-control": story.manage ? "private, no-store" : "public, max-age=0, must-revalidate, s-maxage=10", vary: "Cookie" } });
});

/** Changes a story, based on the version read (stale: 409 with the story as it is now). */
export const PATCH = apiRoute(
  { params, body: storyPatchSchema, authorize: ({ req }) => requireAccess("stories.manage", {}, req) },
  async ({ params, body, req, auth: user }) => Response.json(await updateStory(user, params.id, body, requestMeta(req.headers)), { headers: { "cache-control": "no-store" } }),
);
