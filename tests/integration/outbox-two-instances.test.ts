import { spawn, type ChildProcess } from "node:child_process";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueEmail, messageIdFor } from "@/modules/mail/server";
import { uniqueEmail } from "../support/factories";

const EMAILS = 60;
const WORKER = path.resolve(import.meta.dirname, "../support/mail-worker-process.ts");
const received: { to: string; messageId: string }[] = [];
let server: SMTPServer;
let url: string;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? "" });
        // A few milliseconds per message, as a real server takes, so the two instances' batches overlap.
        setTimeout(() => callback(), 5);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A worker process; resolves its first line ("ready") and, later, its result line. */
function startWorker(): { child: ChildProcess; ready: Promise<void>; result: Promise<{ sent: number; failed: number }> } {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", WORKER], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, DATABASE_URL: inject("databaseUrl"), SMTP_URL: url, LOG_LEVEL: "silent", DB_POOL_MAX: "3" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const exited = new Promise<never>((_, reject) => child.on("exit", (code) => reject(new Error(`worker exited (${code}): ${stderr}`))));
  const next = async () => {
    const line = await Promise.race([lines.next(), exited]);
    return String(line.value);
  };
  const ready = next().then((line) => expect(line).toBe("ready"));
  const result = ready.then(next).then((line) => JSON.parse(line) as { sent: number; failed: number });
  return { child, ready, result };
}

describe("two app instances on one database", () => {
  it("deliver each email exactly once and mark every row sent", { timeout: 90_000 }, async () => {
    // Other test files leave pending emails; send them out of the way first.
    await db().outboxEmail.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
    const ids: string[] = [];
    for (let i = 0; i < EMAILS; i++) {
      ids.push(await enqueueEmail({ to: uniqueEmail(`pair${i}`), locale: "en", template: "passwordChanged", vars: { name: `N${i}` } }));
    }
    const workers = [startWorker(), startWorker()];
    try {
      await Promise.all(workers.map((w) => w.ready));
      for (const w of workers) w.child.stdin!.write("go\n");
      const results = await Promise.all(workers.map((w) => w.result));

      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(EMAILS);
      expect(results.every((r) => r.failed === 0)).toBe(true);
      // Both instances took part: the test exercised two workers claiming from one table.
      expect(results.map((r) => r.sent > 0)).toEqual([true, true]);

      const rows = await db().outboxEmail.findMany({ where: { id: { in: ids } } });
      expect(rows.every((r) => r.status === "sent" && r.attempts === 1 && r.leaseId === null && r.sentAt !== null)).toBe(true);
      const mine = received.filter((m) => rows.some((r) => r.to === m.to));
      expect(mine).toHaveLength(EMAILS);
      const perMessageId = new Map<string, number>();
      for (const m of mine) perMessageId.set(m.messageId, (perMessageId.get(m.messageId) ?? 0) + 1);
      expect([...perMessageId.values()].every((n) => n === 1)).toBe(true);
      expect(new Set(perMessageId.keys())).toEqual(new Set(ids.map((id) => messageIdFor(id, "no-reply@portal.test"))));
      expect(new Set(mine.map((m) => m.to)).size).toBe(EMAILS);
    } finally {
      for (const w of workers) if (w.child.exitCode === null) w.child.kill();
    }
  });
});
