"use server";
import { headers } from "next/headers";
import { AppError } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { importActivities, readImportFile, type ImportReport } from "./server";

export interface ImportState {
  report?: ImportReport;
  fileError?: string;
}

/** The import page's form: checks (default) or imports the uploaded file. */
export async function importAction(_: ImportState, form: FormData): Promise<ImportState> {
  const actor = await requireAccess("activities.manage");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { fileError: "required" };
  try {
    const rows = await readImportFile(file.name, Buffer.from(await file.arrayBuffer()));
    const report = await importActivities(actor, rows, { dryRun: form.get("dryRun") === "on", meta: requestMeta(await headers()) });
    return { report };
  } catch (error) {
    if (error instanceof AppError && error.kind === "invalid_input") {
      return { fileError: error.extra.invalidParams?.map((p) => p.reason).join("; ") ?? error.message };
    }
    throw error;
  }
}
