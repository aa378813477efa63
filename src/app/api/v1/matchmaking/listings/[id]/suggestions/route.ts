import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { LOCALES } from "@/lib/i18n/locales";
import { getCurrentUser } from "@/modules/accounts/server";
import { listingIdSchema } from "@/modules/matchmaking/schemas";
import { listingSuggestionsFor } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: listingIdSchema });
const query = z.object({ lng: z.enum(LOCALES, { error: "invalid_choice" }).default("en") });

/** Ranked suggestions with their reasons in the reader's language. */
export const GET = apiRoute({ params, query }, async ({ params, query, req }) =>
  Response.json(await listingSuggestionsFor(params.id, await getCurrentUser(req), query.lng), { headers: { "cache-control": "private, max-age=0, must-revalidate", vary: "Cookie" } }),
);
