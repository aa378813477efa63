/**
 * One app instance's mail worker, as a process of its own with its own pg pool, for
 * tests/integration/outbox-two-instances.test.ts. Run with
 * `node --import tsx --conditions=react-server`, DATABASE_URL and SMTP_URL set.
 * Protocol on stdio: it prints "ready" once connected, starts on a "go" line, drains the
 * outbox in small batches and prints one JSON line with what it delivered.
 */
import { createInterface } from "node:readline";
import { db } from "@/lib/db";
import { deliverDueEmails, smtpTransport } from "@/modules/mail/server";

const batch = Number(process.env.WORKER_BATCH ?? 5);
const transport = smtpTransport(process.env.SMTP_URL!);

await db().$queryRaw`SELECT 1`;
console.log("ready");
await new Promise<void>((resolve) => {
  const lines = createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    if (line.trim() === "go") {
      lines.close();
      resolve();
    }
  });
});

let sent = 0;
let failed = 0;
for (;;) {
  const round = await deliverDueEmails(transport, "Portal <no-reply@portal.test>", batch);
  sent += round.sent;
  failed += round.failed;
  // Nothing was claimable: the outbox is drained, or the other instance holds what is left.
  if (round.sent + round.failed === 0) break;
}
console.log(JSON.stringify({ sent, failed }));
await db().$disconnect();
process.exit(0);
