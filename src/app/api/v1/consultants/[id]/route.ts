import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { notFound } from "@/lib/errors";
import { decide } from "@/modules/accounts/policy";
import { getCurrentUser, requireAccess } from "@/modules/accounts/server";
import { consultantDetailQuerySchema, consultantIdSchema } from "@/modules/consultants/schemas";
import { getConsultant } from "@/modules/consultants/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: consultantIdSchema });

/**
 * The public profile, or the full one (contact details, gender, whether there is a CV) for the
 * roles of `consultants.contact.read`. Asked for explicitly (`view=full`), the full profile is
 * refused 401/403 before the profile is looked up, so ids cannot be probed.
 */
export const GET = apiRoute(
  {
    params,
    query: consultantDetailQuerySchema,
    authorize: async ({ req, query }): Promise<"public" | "full"> => {
      if (query.view === "full") {
        await requireAccess("consultants.contact.read", {}, req);
        return "full";
      }
      if (query.view === "public") return "public";
      return decide(await getCurrentUser(req), "consultants.contact.read") === "allow" ? "full" : "public";
    },
  },
  async ({ params, query, auth: view }) => {
    const profile = await getConsultant(params.id, { view, lng: query.lng });
    if (!profile) throw notFound("No such consultant");
    // The full profile is personal data: never stored by a shared cache; the public one varies with the session.
    const cacheControl = view === "full" ? "private, no-store" : "public, max-age=0, must-revalidate, s-maxage=10, stale-while-revalidate=30";
    return Response.json(profile, { headers: { "cache-control": cacheControl, vary: "Cookie" } });
  },
);
