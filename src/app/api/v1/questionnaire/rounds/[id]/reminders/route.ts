import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { remindersBodySchema, roundIdSchema } from "@/modules/questionnaire/schemas";
import { sendReminders } from "@/modules/questionnaire/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: roundIdSchema });

/** Reminds the focal points of countries that have not submitted (at most once a week each). */
export const POST = apiRoute(
  { params, body: remindersBodySchema, authorize: ({ req }) => requireAccess("questionnaire.manage", {}, req) },
  async ({ params, body, req, auth: user }) => Response.json(await sendReminders(user, params.id, requestMeta(req.headers), body.countries), { headers: { "cache-control": "no-store" } }),
);
