/** How far an import has got; sent as JSON lines while a file is checked and written. */
export interface ImportProgress {
  phase: "checking" | "writing";
  done: number;
  total: number;
}

/** One line of the streamed import response (`Accept: application/x-ndjson`). */
export type ImportStreamLine<Report> =
  | { progress: ImportProgress }
  | { report: Report; status: 200 | 422 }
  | { problem: { title: string; detail?: string; status: number; invalidParams?: { name: string; reason: string }[] } };

/** Progress lines at most this often: enough for a bar to move, little for a slow link to carry. */
export const PROGRESS_INTERVAL_MS = 200;
