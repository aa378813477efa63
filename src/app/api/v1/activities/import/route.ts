import { z } from "zod";
import { wantsNdjson } from "@/lib/api/ndjson";
import { apiRoute } from "@/lib/api/route";
import { invalidInput } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { importActivities, readImportFile, streamImport } from "@/modules/activities/server";

export const dynamic = "force-dynamic";

const query = z.object({ dryRun: z.enum(["true", "false"]).default("true").transform((v) => v === "true") });

/**
 * multipart/form-data with a `file` (CSV or XLSX in the import template). Dry run unless dryRun=false.
 * With `Accept: application/x-ndjson` the answer streams progress lines, then the report.
 */
export const POST = apiRoute(
  { query, authorize: ({ req }) => requireAccess("activities.manage", {}, req) },
  async ({ query, req, auth: actor, requestId, log }) => {
    const form = await req.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) throw invalidInput([{ name: "file", reason: "required" }], "Send the file as the `file` part of multipart/form-data");
    const rows = await readImportFile(file.name, Buffer.from(await file.arrayBuffer()));
    const options = { dryRun: query.dryRun, meta: requestMeta(req.headers) };
    if (wantsNdjson(req)) return streamImport(actor, rows, options, { instance: req.nextUrl.pathname, requestId, log });
    const report = await importActivities(actor, rows, options);
    return Response.json(report, { status: report.errors.length ? 422 : 200 });
  },
);
