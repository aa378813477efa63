import type { ImportState } from "../actions";
import type { ImportProgress, ImportStreamLine } from "../import/stream";

type Report = NonNullable<ImportState["report"]>;
export type ImportEnd = { report: Report } | { problem: { title: string; detail?: string; invalidParams?: { reason: string }[] } };

/**
 * Sends the file to the import API and reports progress: upload bytes (XMLHttpRequest is the
 * only browser API that tells them; links are often slow), then the server's progress lines
 * while it checks and writes the rows (the response is newline-delimited JSON).
 */
export function uploadImport(
  data: FormData,
  dryRun: boolean,
  on: { upload: (percent: number) => void; progress: (p: ImportProgress) => void },
): Promise<ImportEnd> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    let end: ImportEnd | null = null;
    const readLines = () => {
      const text = xhr.responseText;
      const last = text.lastIndexOf("\n");
      if (last < read) return;
      for (const raw of text.slice(read, last).split("\n")) {
        if (!raw.trim()) continue;
        const line = JSON.parse(raw) as ImportStreamLine<Report>;
        if ("progress" in line) on.progress(line.progress);
        else if ("report" in line) end = { report: line.report };
        else end = { problem: line.problem };
      }
      read = last + 1;
    };
    xhr.open("POST", `/api/v1/activities/import?dryRun=${dryRun}`);
    xhr.setRequestHeader("Accept", "application/x-ndjson");
    xhr.upload.onprogress = (e) => e.lengthComputable && on.upload(Math.round((e.loaded / e.total) * 100));
    xhr.onprogress = () => xhr.status === 200 && readLines();
    xhr.onload = () => {
      if (xhr.status !== 200) {
        // Refused before the stream began (file unreadable, signed out…): an RFC 9457 problem.
        try {
          resolve({ problem: JSON.parse(xhr.responseText) });
        } catch {
          resolve({ problem: { title: `HTTP ${xhr.status}` } });
        }
        return;
      }
      readLines();
      resolve(end ?? { problem: { title: "The answer ended early" } });
    };
    xhr.onerror = () => resolve({ problem: { title: "Network error" } });
    xhr.send(data);
  });
}
