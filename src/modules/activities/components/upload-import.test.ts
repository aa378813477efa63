import { afterEach, describe, expect, it, vi } from "vitest";
import { endOfProblem, uploadImport } from "./upload-import";

/** Just enough of XMLHttpRequest for uploadImport: the test plays the server's part. */
class FakeXhr {
  static last: FakeXhr;
  status = 0;
  responseText = "";
  upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  onprogress?: () => void;
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  ontimeout?: () => void;
  constructor() {
    FakeXhr.last = this;
  }
  open() {}
  setRequestHeader() {}
  send() {}
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.onprogress?.();
    this.onload?.();
  }
}

function start() {
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
  const progress: unknown[] = [];
  const done = uploadImport(new FormData(), true, { upload: () => {}, progress: (p) => progress.push(p) });
  return { xhr: FakeXhr.last, done, progress };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("uploadImport", () => {
  it("settles with codes the form translates, never English sentences", async () => {
    const cut = start();
    cut.xhr.onerror?.();
    expect(await cut.done).toEqual({ failure: "network" });

    const cancelled = start();
    cancelled.xhr.onabort?.();
    expect(await cancelled.done).toEqual({ failure: "cancelled" });

    const slow = start();
    slow.xhr.ontimeout?.();
    expect(await slow.done).toEqual({ failure: "timeout" });
  });

  it("gives the reasons of a refused file as the server's codes", async () => {
    const refused = start();
    refused.xhr.answer(400, JSON.stringify({ title: "Invalid request parameters", status: 400, detail: "Unknown columns: foo", invalidParams: [{ name: "file", reason: "unknown_columns" }] }));
    expect(await refused.done).toEqual({ reasons: ["unknown_columns"] });

    const large = start();
    large.xhr.answer(413, "<html>Request Entity Too Large</html>");
    expect(await large.done).toEqual({ reasons: ["file_too_large"] });

    const signedOut = start();
    signedOut.xhr.answer(401, JSON.stringify({ title: "Authentication required", status: 401 }));
    expect(await signedOut.done).toEqual({ failure: "unauthenticated" });
  });

  it("reads the stream: progress, then the report; a problem line or a cut stream is a failure", async () => {
    const ok = start();
    const report = { dryRun: true, rows: 1, valid: 1, errors: [], created: 0, updated: 0 };
    ok.xhr.answer(200, `${JSON.stringify({ progress: { phase: "checking", done: 1, total: 1 } })}\n${JSON.stringify({ report, status: 200 })}\n`);
    expect(await ok.done).toEqual({ report });
    expect(ok.progress).toEqual([{ phase: "checking", done: 1, total: 1 }]);

    const conflict = start();
    conflict.xhr.answer(200, `${JSON.stringify({ problem: { title: "Conflict", status: 409 } })}\n`);
    expect(await conflict.done).toEqual({ failure: "conflict" });

    const early = start();
    early.xhr.answer(200, `${JSON.stringify({ progress: { phase: "writing", done: 5, total: 9 } })}\n`);
    expect(await early.done).toEqual({ failure: "ended_early" });

    const garbage = start();
    garbage.xhr.answer(200, "<html>proxy error</html>\n");
    expect(await garbage.done).toEqual({ failure: "unexpected" });
  });
});

describe("endOfProblem", () => {
  it("maps statuses without reasons to a failure", () => {
    expect(endOfProblem(null, 503)).toEqual({ failure: "unavailable" });
    expect(endOfProblem(null, 502)).toEqual({ failure: "server" });
    expect(endOfProblem({ status: 403 }, 403)).toEqual({ failure: "forbidden" });
  });
});
