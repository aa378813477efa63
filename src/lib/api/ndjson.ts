import type { Logger } from "@/lib/logger";
import { classifyError } from "@/lib/classify-error";
import { internalProblem, problemFor } from "./problem";

export const NDJSON_CONTENT_TYPE = "application/x-ndjson";

/** Whether the client asked for a stream of JSON lines (progress, then the result). */
export function wantsNdjson(req: Request): boolean {
  return (req.headers.get("accept") ?? "").includes(NDJSON_CONTENT_TYPE);
}

/**
 * A long task answered as newline-delimited JSON: each `send` is one line, written as it comes,
 * so the client can show progress. The status (200) is sent before the task ends, so a failure
 * becomes a last line `{"problem": …}` in RFC 9457 form instead of an HTTP error status.
 */
export function ndjsonResponse(
  task: (send: (line: object) => void) => Promise<void>,
  { instance, requestId, log }: { instance: string; requestId: string; log: Logger },
): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      // A client that went away must not stop the task: the import still completes (or rolls back) on its own.
      let open = true;
      const send = (line: object) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          open = false;
        }
      };
      try {
        await task(send);
      } catch (error) {
        const known = classifyError(error);
        if (known) send({ problem: problemFor(known, instance, requestId) });
        else {
          log.error({ err: error }, "streamed task failed");
          send({ problem: internalProblem(instance, requestId) });
        }
      }
      if (open) {
        try {
          controller.close();
        } catch {
          // cancelled meanwhile
        }
      }
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": `${NDJSON_CONTENT_TYPE}; charset=utf-8`,
      "cache-control": "no-store",
      // Reverse proxies (nginx) would otherwise hold the lines back until the end.
      "x-accel-buffering": "no",
    },
  });
}
