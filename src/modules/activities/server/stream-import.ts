import "server-only";
import { ndjsonResponse } from "@/lib/api/ndjson";
import type { Logger } from "@/lib/logger";
import type { RequestMeta } from "@/lib/request-meta";
import type { AuditActor } from "@/modules/audit/server";
import type { RawRow } from "../import/columns";
import { PROGRESS_INTERVAL_MS, type ImportProgress, type ImportStreamLine } from "../import/stream";
import { importActivities, type ImportReport } from "./import-activities";

/** The import as JSON lines: progress while rows are checked and written, then the report. */
export function streamImport(
  actor: AuditActor,
  rows: RawRow[],
  options: { dryRun: boolean; meta: RequestMeta },
  context: { instance: string; requestId: string; log: Logger },
): Response {
  return ndjsonResponse(async (send) => {
    const line = (l: ImportStreamLine<ImportReport>) => send(l);
    let last = 0;
    const onProgress = (progress: ImportProgress) => {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS && progress.done < progress.total) return;
      last = now;
      line({ progress });
    };
    const report = await importActivities(actor, rows, { ...options, onProgress });
    line({ report, status: report.errors.length ? 422 : 200 });
  }, context);
}
