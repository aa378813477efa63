import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { storiesQuerySchema, storyInputSchema } from "@/modules/stories/schemas";
import { createStory, searchStories } from "@/modules/stories/server";

export const dynamic = "force-dynamic";

// Published stories only: the same answer for everyone, kept by shared caches as briefly as the public pages.
export const GET = apiRoute(
  { query: storiesQuerySchema, etag: "fromBody", cacheControl: "public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=30" },
  async ({ query }) => searchStories(query),
);

/** Writes a new story, as a draft (the secretariat). */
export const POST = apiRoute({ body: storyInputSchema, authorize: ({ req }) => requireAccess("stories.manage", {}, req) }, async ({ body, req, auth: user }) => {
  const saved = await createStory(user, body, requestMeta(req.headers));
  return Response.json(saved, { status: 201, headers: { location: `/api/v1/stories/${saved.id}`, "cache-control": "no-store" } });
});
