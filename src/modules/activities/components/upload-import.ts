import type { ImportState } from "../actions";
import type { ImportProgress, ImportStreamLine } from "../import/stream";

type Report = NonNullable<ImportState["report"]>;
type Problem = { title?: string; detail?: string; status?: number; invalidParams?: { reason: string }[] };

/** Why an upload ended without a report; the form shows activities:import.failures.<code>. */
export type ImportFailure =
  | "network"
  | "cancelled"
  | "timeout"
  | "unexpected"
  | "ended_early"
  | "unauthenticated"
  | "forbidden"
  | "conflict"
  | "rate_limited"
  | "unavailable"
  | "server";

/**
 * How an upload ended: the report; or what is wrong with the file, as the codes the server
 * gave (activities:errors.*, e.g. file_too_large); or why there is no answer to show. Never
 * English sentences: the form translates every one.
 */
export type ImportEnd = { report: Report } | { reasons: string[] } | { failure: ImportFailure };

const FAILURE_OF_STATUS: Record<number, ImportFailure> = {
  401: "unauthenticated",
  403: "forbidden",
  409: "conflict",
  429: "rate_limited",
  503: "unavailable",
};

/** A refusal (an RFC 9457 problem, or none readable) as what the form shows. */
export function endOfProblem(problem: Problem | null, status: number): ImportEnd {
  const reasons = problem?.invalidParams?.map((p) => p.reason).filter(Boolean) ?? [];
  if (reasons.length) return { reasons };
  // A proxy or the server's body limit refuses a large upload before the import sees it.
  if (status === 413) return { reasons: ["file_too_large"] };
  return { failure: FAILURE_OF_STATUS[status] ?? (status >= 500 ? "server" : "unexpected") };
}

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

function parseProblem(raw: string): Problem | null {
  try {
    const problem = JSON.parse(raw) as Problem | null;
    return problem && typeof problem === "object" ? problem : null;
  } catch {
    return null;
  }
}

/**
 * Sends the file to the import API and reports progress: upload bytes (XMLHttpRequest is the
 * only browser API that tells them; links are often slow), then the server's progress lines
 * while it checks and writes the rows (the response is newline-delimited JSON). Always settles:
 * with the report, or with what to show instead (refusal, cut connection, unexpected answer).
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
        else end = endOfProblem(line.problem, line.problem.status);
      }
      read = last + 1;
    };
    const fail = (failure: ImportFailure) => resolve({ failure });
    xhr.open("POST", `/api/v1/activities/import?dryRun=${dryRun}`);
    xhr.setRequestHeader("Accept", "application/x-ndjson");
    xhr.upload.onprogress = (e) => e.lengthComputable && on.upload(Math.round((e.loaded / e.total) * 100));
    xhr.onprogress = () => xhr.status === 200 && readLines();
    xhr.onload = () => {
      // Refused before the stream began (file unreadable, signed out…): an RFC 9457 problem, or a proxy's page.
      if (xhr.status !== 200) return resolve(endOfProblem(parseProblem(xhr.responseText), xhr.status));
      readLines();
      if (end) resolve(end);
      else fail(unexpected ? "unexpected" : "ended_early");
    };
    xhr.onerror = () => fail("network");
    xhr.onabort = () => fail("cancelled");
    xhr.ontimeout = () => fail("timeout");
    xhr.send(data);
  });
}
