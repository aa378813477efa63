import { apiRoute } from "@/lib/api/route";
import { listRounds } from "@/modules/questionnaire/server";

export const dynamic = "force-dynamic";

/** Every questionnaire round, the newest first (public: what is asked and until when). */
export const GET = apiRoute({}, async () => Response.json({ items: await listRounds() }, { headers: { "cache-control": "public, max-age=0, must-revalidate" } }));
