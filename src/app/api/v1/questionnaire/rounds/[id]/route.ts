import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { roundIdSchema } from "@/modules/questionnaire/schemas";
import { getRound } from "@/modules/questionnaire/server";

export const dynamic = "force-dynamic";

const params = z.object({ id: roundIdSchema });

/** A round with its version's definition (sections, questions, labels in seven languages). */
export const GET = apiRoute({ params }, async ({ params }) => Response.json(await getRound(params.id), { headers: { "cache-control": "public, max-age=0, must-revalidate" } }));
