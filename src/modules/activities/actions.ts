"use server";
import { headers } from "next/headers";
import { AppError } from "@/lib/errors";
import { requestMeta } from "@/lib/request-meta";
import { requireAccess } from "@/modules/accounts/server";
import { redirect } from "next/navigation";
import { IMPORT_COLUMNS, rowToInput } from "./import/columns";
import { activityInputSchema } from "./schemas";
import { createActivity, deleteActivity, importActivities, readImportFile, updateActivity, type ImportReport } from "./server";

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
    if (error instanceof AppError && (error.kind === "invalid_input" || error.kind === "conflict")) {
      return { fileError: error.extra.invalidParams?.map((p) => p.reason).join("; ") ?? error.message };
    }
    throw error;
  }
}

export interface EditState {
  /** Changes with every answer, so the form's fields remount with the values sent back. */
  round?: number;
  status?: "saved" | "error";
  errors?: { field: string; reason: string }[];
  values?: Record<string, string>;
  id?: string;
}

/** Create (no id) or replace (id) an activity from the editing form, whose fields are the import template's. */
export async function saveActivityAction(_: EditState, form: FormData): Promise<EditState> {
  const actor = await requireAccess("activities.manage");
  const values: Record<string, string> = {};
  for (const column of IMPORT_COLUMNS) values[column] = String(form.get(column) ?? "");
  const parsed = activityInputSchema.safeParse(rowToInput(values));
  if (!parsed.success) {
    return {
      round: Date.now(),
      status: "error",
      values,
      errors: parsed.error.issues.map((i) => ({ field: i.path.join(".") || "(form)", reason: i.message })),
    };
  }
  const id = String(form.get("id") ?? "");
  const meta = requestMeta(await headers());
  if (id) {
    await updateActivity(actor, id, parsed.data, meta);
    return { round: Date.now(), status: "saved", values, id };
  }
  const created = await createActivity(actor, parsed.data, meta);
  return { round: Date.now(), status: "saved", values, id: created.id };
}

export async function deleteActivityAction(form: FormData): Promise<void> {
  const actor = await requireAccess("activities.manage");
  const lng = String(form.get("lng") ?? "en");
  if (form.get("confirm") !== "on") redirect(`/${lng}/activities/${String(form.get("id"))}/edit?confirm=missing`);
  await deleteActivity(actor, String(form.get("id")), requestMeta(await headers()));
  redirect(`/${lng}/activities?deleted=1`);
}
