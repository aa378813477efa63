"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, submitAction, type RefusalMessage } from "@/lib/actions/form-action";
import { parseOrThrow } from "@/lib/api/query";
import { invalidInput } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { requireAccess } from "@/modules/accounts/server";
import { IMPORT_COLUMNS, rowToInput } from "./import/columns";
import { activityInputSchema } from "./schemas";
import { createActivity, deleteActivity, importActivities, readImportFile, updateActivity, type ImportReport } from "./server";

const manage = () => requireAccess("activities.manage");

export interface ImportState {
  report?: ImportReport;
  fileError?: string;
  message?: RefusalMessage;
}

/** The import page's form: checks (default) or imports the uploaded file. */
export const importAction = formAction(
  {
    authorize: manage,
    refused: (r): ImportState => (r.kind === "invalid_input" || r.kind === "conflict" ? { fileError: Object.values(r.fieldErrors).join("; ") || r.message } : { message: r.message }),
  },
  async ({ auth, form, meta }): Promise<ImportState> => {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw invalidInput([{ name: "file", reason: "required" }]);
    const rows = await readImportFile(file.name, Buffer.from(await file.arrayBuffer()));
    return { report: await importActivities(auth, rows, { dryRun: form.get("dryRun") === "on", meta }) };
  },
);

export interface EditState {
  /** Changes with every answer, so the form's fields remount with the values sent back. */
  round?: number;
  status?: "saved" | "error";
  /** Why the save was refused, when it is not (only) the fields. */
  message?: RefusalMessage;
  errors?: { field: string; reason: string }[];
  values?: Record<string, string>;
  id?: string;
  /**
   * The version the next save is based on. After a conflict it is the current one, so the
   * editor, having been told and keeping what they typed, can save over it deliberately.
   */
  version?: number;
}

const typed = (form: FormData) => Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, String(form.get(c) ?? "")]));
const idField = z.object({
  id: z.union([z.literal(""), z.uuid({ error: "invalid_id" })]),
  version: z.union([z.literal("").transform(() => undefined), z.coerce.number().int().min(1)]),
});

/**
 * Create (no id) or replace (id) an activity from the editing form, whose fields are the
 * import template's. A refusal of any kind sends back what was typed.
 */
export const saveActivityAction = formAction(
  {
    authorize: manage,
    schema: idField,
    input: (form) => ({ id: String(form.get("id") ?? ""), version: String(form.get("version") ?? "") }),
    refused: (r, form): EditState => ({
      round: Date.now(),
      status: "error",
      message: r.message,
      values: typed(form),
      errors: Object.entries(r.fieldErrors).map(([field, reason]) => ({ field, reason })),
      version: (r.current as { version?: number } | undefined)?.version ?? (Number(form.get("version")) || undefined),
    }),
  },
  async ({ auth, input: { id, version }, form, meta }): Promise<EditState> => {
    const values = typed(form);
    const activity = parseOrThrow(activityInputSchema, rowToInput(values));
    if (id) {
      const saved = await updateActivity(auth, id, activity, meta, { expectedVersion: version });
      return { round: Date.now(), status: "saved", values, id, version: saved };
    }
    // A person creating a record must never overwrite another one that has the same reference.
    const created = await createActivity(auth, activity, meta, { existingRef: "conflict" });
    return { round: Date.now(), status: "saved", values, id: created.id, version: 1 };
  },
);

const deleteForm = z.object({ id: z.uuid(), lng: z.enum(LOCALES).catch("en"), confirm: z.literal("on").optional() });

export const deleteActivityAction = submitAction(
  {
    authorize: manage,
    schema: deleteForm,
    input: (form) => Object.fromEntries(form),
    // `lng` is checked against the locales: it ends up in the redirect path.
    refused: (r, form) => {
      const lng = deleteForm.shape.lng.parse(form.get("lng"));
      const id = z.uuid().safeParse(form.get("id"));
      redirect(id.success ? `/${lng}/activities/${id.data}/edit?refused=${r.message}` : `/${lng}/activities?refused=${r.message}`);
    },
  },
  async ({ auth, input, meta }) => {
    if (input.confirm !== "on") redirect(`/${input.lng}/activities/${input.id}/edit?confirm=missing`);
    await deleteActivity(auth, input.id, meta);
    redirect(`/${input.lng}/activities?deleted=1`);
  },
);
