import type { ImportState } from "../actions";
import type { ImportProgress, ImportStreamLine } from "../import/stream";

type Report = NonNullable<ImportState["report"]>;
type Problem = { title: string; detail?: string; invalidParams?: { reason: string }[] };
export type ImportEnd = { report: Report } | { problem: Problem };

/** One line of the stream, or null when it is not one the import sends. */
function parseLine(raw: string): ImportStreamLine<Report> | null {
  try {
    const line = JSON.parse(raw) as Record<string, unknown> | null;
    if (!line || typeof line !== "object") return null;
    if ("progress" in line || "report" in line || "problem" in line) return line as ImportStreamLine<Report>;
  } catch {
    // not JSON: a proxy's error page, a cut line
  }
  return null;
}

/**
 * Sends the file to the import API and reports progress: upload bytes (XMLHttpRequest is the
 * only browser API that tells them; links are often slow), then the server's progress lines
 * while it checks and writes the rows (the response is newline-delimited JSON). Always settles:
 * with the report, or with a problem to show (refusal, cut connection, unexpected answer).
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
    let unexpected = false;
    const readLines = () => {
      const text = xhr.responseText;
      const last = text.lastIndexOf("\n");
      if (last < read) return;
      for (const raw of text.slice(read, last).split("\n")) {
        if (!raw.trim()) continue;
        const line = parseLine(raw);
        if (!line) unexpected = true;
        else if ("progress" in line) on.progress(line.progress);
        else if ("report" in line) end = { report: line.report };
        else end = { problem: line.problem };
      }
      read = last + 1;
    };
    const fail = (title: string) => resolve({ problem: { title } });
    xhr.open("POST", `/api/v1/activities/import?dryRun=${dryRun}`);
    xhr.setRequestHeader("Accept", "application/x-ndjson");
    xhr.upload.onprogress = (e) => e.lengthComputable && on.upload(Math.round((e.loaded / e.total) * 100));
    xhr.onprogress = () => xhr.status === 200 && readLines();
    xhr.onload = () => {
      if (xhr.status !== 200) {
        // Refused before the stream began (file unreadable, signed out…): an RFC 9457 problem.
        const problem = parseLine(`{"problem":${xhr.responseText || "null"}}`);
        return problem && "problem" in problem && problem.problem ? resolve({ problem: problem.problem }) : fail(`HTTP ${xhr.status}`);
      }
      readLines();
      if (end) resolve(end);
      else fail(unexpected ? "Unexpected answer from the server" : "The answer ended early");
    };
    xhr.onerror = () => fail("Network error");
    xhr.onabort = () => fail("Cancelled");
    xhr.ontimeout = () => fail("Timed out");
    xhr.send(data);
  });
}
