import { describe, expect, it } from "vitest";
import { invalidInput } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { ndjsonResponse } from "./ndjson";

const context = { instance: "/api/test", requestId: "req-1", log: logger };
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function lines(res: Response) {
  return (await res.text()).trim().split("\n").map((l) => JSON.parse(l));
}

describe("ndjsonResponse", () => {
  it("sends each line as it comes, as newline-delimited JSON", async () => {
    const res = ndjsonResponse(async (send) => {
      send({ progress: 1 });
      await tick();
      send({ done: true });
    }, context);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(await lines(res)).toEqual([{ progress: 1 }, { done: true }]);
  });

  it("ends with an RFC 9457 problem line when the task fails", async () => {
    const res = ndjsonResponse(async (send) => {
      send({ progress: 1 });
      throw invalidInput([{ name: "file", reason: "unreadable" }]);
    }, context);
    const [, last] = await lines(res);
    expect(last.problem).toMatchObject({ status: 400, requestId: "req-1", invalidParams: [{ name: "file", reason: "unreadable" }] });
  });

  it("hides an unexpected error behind an internal problem", async () => {
    const res = ndjsonResponse(async () => {
      throw new Error("secret detail");
    }, { ...context, log: logger.child({ level: "silent" }) });
    const [only] = await lines(res);
    expect(only.problem.status).toBe(500);
    expect(JSON.stringify(only)).not.toContain("secret detail");
  });

  it("lets the task finish when the reader goes away", async () => {
    let finished = false;
    const res = ndjsonResponse(async (send) => {
      for (let i = 0; i < 5; i++) {
        send({ i });
        await tick();
      }
      finished = true;
    }, context);
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    for (let i = 0; i < 20 && !finished; i++) await tick();
    expect(finished).toBe(true);
  });
});
