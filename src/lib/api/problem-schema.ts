import { z } from "zod";

/** The RFC 9457 problem every API error response carries, as documented in OpenAPI. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    invalidParams: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

export function problemResponse(description: string) {
  return { description, content: { "application/problem+json": { schema: problemSchema } } };
}
