import "server-only";
import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { invalidInput } from "@/lib/errors";
import { MAX_IMPORT_BYTES, mebibytes } from "@/lib/upload-limits";
import type { RequestMeta } from "@/lib/request-meta";
import type { AuditActor } from "@/modules/audit/server";
import { z } from "zod";
import { approvedConsultants } from "@/modules/consultants/server";
import { IMPORT_COLUMNS, rowConsultantIds, rowToInput, type RawRow } from "../import/columns";
import type { ImportProgress } from "../import/stream";
import { activityInputSchema, type ActivityInput } from "../schemas";
import { inWriteTransaction, writeActivities } from "./save-activity";

export const MAX_IMPORT_ROWS = 20_000;
// One constant for the file check here and the body limits (src/lib/upload-limits.ts).
export { MAX_IMPORT_BYTES } from "@/lib/upload-limits";

const uuid = z.uuid();

/** Rows checked between two pauses that let a streamed response send its progress line. */
const CHECK_SLICE = 250;

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  valid: number;
  /** `reason` is a code (activities:errors.*), `params` what its message names (e.g. the other row). */
  errors: { row: number; field: string; reason: string; params?: Record<string, number | string> }[];
  created: number;
  updated: number;
}

function cell(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v === null || v === undefined ? "" : String(v);
}

/** The file's rows keyed by column name (first row = header); CSV (UTF-8, BOM allowed) or XLSX. */
export async function readImportFile(name: string, bytes: Buffer): Promise<RawRow[]> {
  if (bytes.length > MAX_IMPORT_BYTES) throw invalidInput([{ name: "file", reason: "file_too_large" }], `The file is larger than ${mebibytes(MAX_IMPORT_BYTES)}`);
  let table: string[][];
  try {
    if (/\.xlsx$/i.test(name)) {
      table = (await readSheet(bytes)).map((row) => row.map(cell));
    } else {
      table = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    }
  } catch {
    throw invalidInput([{ name: "file", reason: "unreadable_file" }], "Not a readable CSV or XLSX file");
  }
  const [header, ...rows] = table;
  if (!header) throw invalidInput([{ name: "file", reason: "empty_file" }], "The file is empty");
  const columns = header.map((h) => h.trim().toLowerCase());
  const unknown = columns.filter((c) => c && !(IMPORT_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) throw invalidInput([{ name: "file", reason: "unknown_columns" }], `Unknown columns: ${unknown.join(", ")}`);
  if (rows.length > MAX_IMPORT_ROWS) throw invalidInput([{ name: "file", reason: "too_many_rows" }], `More than ${MAX_IMPORT_ROWS} rows`);
  return rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ""])));
}

/**
 * Validates every row; writes only when the whole file is valid and this is not a
 * dry run. Rows with an external_ref update their activity instead of duplicating it.
 */
export async function importActivities(
  actor: AuditActor,
  rows: RawRow[],
  { dryRun, meta, onProgress }: { dryRun: boolean; meta: RequestMeta; onProgress?: (progress: ImportProgress) => void },
): Promise<ImportReport> {
  const inputs: ActivityInput[] = [];
  /** Per input: its line and the roster profiles its `consultant_ids` names. */
  const lines: number[] = [];
  const consultantIds: string[][] = [];
  const errors: ImportReport["errors"] = [];
  const refs = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    if (i > 0 && i % CHECK_SLICE === 0) {
      onProgress?.({ phase: "checking", done: i, total: rows.length });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const line = i + 2; // the header is line 1
    const parsed = activityInputSchema.safeParse(rowToInput(row));
    const ids = rowConsultantIds(row);
    const badId = ids.find((id) => !uuid.safeParse(id).success);
    if (badId !== undefined) errors.push({ row: line, field: "consultantIds", reason: "invalid_consultant_id", params: { id: badId.slice(0, 60) } });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ row: line, field: issue.path.join(".") || "(row)", reason: issue.message });
      continue;
    }
    if (badId !== undefined) continue;
    const ref = parsed.data.externalRef;
    if (ref && refs.has(ref)) errors.push({ row: line, field: "externalRef", reason: "duplicate_reference", params: { row: refs.get(ref)! } });
    if (ref) refs.set(ref, line);
    inputs.push(parsed.data);
    lines.push(line);
    consultantIds.push(ids);
  }
  // Every named profile must be an approved one (checked again, under the writers' turn, when writing).
  const approved = await approvedConsultants(undefined, consultantIds.flat());
  let invalidRows = 0;
  consultantIds.forEach((ids, k) => {
    const unknown = ids.filter((id) => !approved.has(id));
    for (const id of unknown) errors.push({ row: lines[k]!, field: "consultantIds", reason: "unknown_consultant", params: { id } });
    if (unknown.length) invalidRows++;
  });
  errors.sort((a, b) => a.row - b.row);
  onProgress?.({ phase: "checking", done: rows.length, total: rows.length });
  const report: ImportReport = { dryRun, rows: rows.length, valid: inputs.length - invalidRows, errors, created: 0, updated: 0 };
  if (dryRun || errors.length) return report;
  // One transaction for the whole file, its audit row included: a failure on any row (a lost
  // connection, a constraint) leaves nothing half-written.
  const written = await inWriteTransaction(async (conn) => {
    const saved = await writeActivities(
      conn,
      inputs.map((input, k) => ({ input, consultantIds: consultantIds[k] })),
      { onBatch: (done, total) => onProgress?.({ phase: "writing", done, total }) },
    );
    const created = saved.filter((w) => w.created).map((w) => w.id);
    const updated = saved.filter((w) => !w.created).map((w) => w.id);
    return { result: saved, audit: { actor, action: "activity.import", outcome: "success", meta, detail: { rows: rows.length, created, updated, assignments: consultantIds.reduce((n, ids) => n + ids.length, 0) } } };
  });
  report.created = written.filter((w) => w.created).length;
  report.updated = written.length - report.created;
  return report;
}

