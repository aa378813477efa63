import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverDueEmails, enqueueEmail, MAX_ATTEMPTS, retryDelaySeconds, smtpTransport } from "@/modules/mail/server";
import { uniqueEmail } from "../support/factories";

const received: { to: string; raw: string }[] = [];

/** The message as text: quoted-printable soft breaks joined and escapes decoded. */
function decoded(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, "%25"));
}
let refuseNext = 0;
let server: SMTPServer;
let url: string;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuseNext > 0) {
        refuseNext--;
        return callback(Object.assign(new Error("451 try again later"), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function clearDue() {
  // Other test files leave pending emails; send them out of the way first.
  await db().outboxEmail.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
}

describe("outbox delivery", () => {
  it("renders the email in the recipient's language and sends it over SMTP", async () => {
    await clearDue();
    const to = uniqueEmail("mail");
    const id = await enqueueEmail({ to, locale: "fr", template: "resetPassword", vars: { name: "Awa", link: "http://localhost/fr/reset-password?token=t", minutes: "60" } });
    const result = await deliverDueEmails(smtpTransport(url), "Portal <no-reply@localhost>");
    expect(result).toEqual({ sent: 1, failed: 0 });
    const row = await db().outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "sent", attempts: 1 });
    const message = received.find((m) => m.to === to);
    const text = decoded(message!.raw);
    expect(text).toContain("http://localhost/fr/reset-password?token=t");
    expect(text).toContain("Bonjour Awa");
    expect(row.subject).toBe("Réinitialisation de votre mot de passe");
  });

  it("retries a refused delivery later with backoff, then sends it", async () => {
    await clearDue();
    const to = uniqueEmail("retry");
    const id = await enqueueEmail({ to, locale: "en", template: "passwordChanged", vars: { name: "Li" } });
    refuseNext = 1;
    const now = new Date();
    expect(await deliverDueEmails(smtpTransport(url), "p@localhost", 20, now)).toEqual({ sent: 0, failed: 1 });
    const waiting = await db().outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(waiting.status).toBe("pending");
    expect(waiting.attempts).toBe(1);
    expect(waiting.lastError).toMatch(/451|try again/);
    expect(waiting.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelaySeconds(1) * 1000);
    // Not due yet: nothing happens.
    expect(await deliverDueEmails(smtpTransport(url), "p@localhost", 20, now)).toEqual({ sent: 0, failed: 0 });
    const later = new Date(now.getTime() + 31_000);
    expect(await deliverDueEmails(smtpTransport(url), "p@localhost", 20, later)).toEqual({ sent: 1, failed: 0 });
    expect((await db().outboxEmail.findUniqueOrThrow({ where: { id } })).status).toBe("sent");
  });

  it("gives up after the last attempt", async () => {
    await clearDue();
    const id = await enqueueEmail({ to: uniqueEmail("dead"), locale: "en", template: "passwordChanged", vars: { name: "X" } });
    await db().outboxEmail.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    refuseNext = 1;
    await deliverDueEmails(smtpTransport(url), "p@localhost");
    expect((await db().outboxEmail.findUniqueOrThrow({ where: { id } })).status).toBe("failed");
  });

  it("backs off exponentially up to six hours", () => {
    expect([1, 2, 3].map(retryDelaySeconds)).toEqual([30, 60, 120]);
    expect(retryDelaySeconds(20)).toBe(6 * 3600);
  });
});
