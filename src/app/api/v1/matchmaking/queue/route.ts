import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { LOCALES } from "@/lib/i18n/locales";
import { requireAccess } from "@/modules/accounts/server";
import { moderationQueue } from "@/modules/matchmaking/server";

export const dynamic = "force-dynamic";

const query = z.object({ lng: z.enum(LOCALES, { error: "invalid_choice" }).default("en") });

/** The moderation queue: submitted listings, oldest first, with counts per status. */
export const GET = apiRoute({ query, authorize: ({ req }) => requireAccess("matchmaking.moderate", {}, req) }, async ({ query }) =>
  Response.json(await moderationQueue(query.lng), { headers: { "cache-control": "private, no-store" } }),
);
