import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { assignmentBodySchema, consultantIdSchema } from "@/modules/consultants/schemas";
import { addAssignment } from "@/modules/consultants/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: consultantIdSchema });

/** Assigns the consultant to an activity (secretariat); authorization comes before any lookup. */
export const POST = apiRoute(
  { params, body: assignmentBodySchema, authorize: ({ req }) => requireAccess("consultants.assignments.manage", {}, req) },
  async ({ params, body, req, auth: actor }) => {
    const saved = await addAssignment(actor, { consultantId: params.id, ...body }, requestMeta(req.headers), { consultantInPath: true });
    return Response.json(
      { id: saved.id, consultantId: params.id, ...body, modalityChangedTo: saved.modality },
      { status: 201, headers: { location: `/api/v1/consultants/${params.id}/assignments/${saved.id}`, "cache-control": "no-store" } },
    );
  },
);
