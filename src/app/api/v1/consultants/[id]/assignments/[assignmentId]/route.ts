import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { consultantIdSchema } from "@/modules/consultants/schemas";
import { removeAssignment } from "@/modules/consultants/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: consultantIdSchema, assignmentId: z.uuid({ error: "invalid_id" }) });

/** Removes an assignment (secretariat): 204, or 404 when the consultant has no such assignment. */
export const DELETE = apiRoute({ params, authorize: ({ req }) => requireAccess("consultants.assignments.manage", {}, req) }, async ({ params, req, auth: actor }) => {
  await removeAssignment(actor, params.id, params.assignmentId, requestMeta(req.headers));
  return new Response(null, { status: 204 });
});
