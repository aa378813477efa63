import { isLocale } from "@/lib/i18n/locales";
import { storiesFeed } from "@/modules/stories/server";

export const dynamic = "force-dynamic";

/** The Atom feed of the published stories in one language (docs/STORIES.md); 404 for a language the portal does not have. */
export async function GET(_req: Request, { params }: { params: Promise<{ lng: string }> }) {
  const { lng } = await params;
  if (!isLocale(lng)) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(await storiesFeed(lng), {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300", "x-content-type-options": "nosniff" },
  });
}
