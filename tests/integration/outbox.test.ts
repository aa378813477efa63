import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  claimDueEmails,
  deliverDueEmails,
  enqueueEmail,
  LEASE_SECONDS,
  listOutbox,
  MAX_ATTEMPTS,
  messageIdFor,
  releaseClaims,
  retryDelaySeconds,
  smtpTransport,
} from "@/modules/mail/server";
import { uniqueEmail } from "../support/factories";

const received: { to: string; raw: string }[] = [];

/** The message as text: a base64 body decoded, or quoted-printable soft breaks joined and escapes decoded. */
function decoded(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  if (/^Content-Transfer-Encoding: base64/im.test(head!)) return `${head}\n\n${Buffer.from(rest.join(""), "base64").toString("utf8")}`;
  const bytes = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, "%25"));
}
let refuseNext = 0;
/** Runs while the SMTP server holds a message, before it answers: the worker is mid-send. */
let duringData: (() => Promise<void>) | undefined;
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
        void (duringData?.() ?? Promise.resolve()).finally(() => callback());
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
    expect(text).toContain(`Message-ID: ${messageIdFor(id, "no-reply@localhost")}`);
  });

  it("holds no transaction while SMTP talks: the claim is committed and the row is not locked", async () => {
    await clearDue();
    const id = await enqueueEmail({ to: uniqueEmail("lease"), locale: "en", template: "passwordChanged", vars: { name: "Ola" } });
    let seen: { attempts: number; leased: boolean } | Error | undefined;
    duringData = async () => {
      // NOWAIT fails at once (55P03) if the worker still holds the row's lock in an open transaction.
      seen = await db()
        .$transaction(async (tx) => {
          const [r] = await tx.$queryRaw<{ attempts: number; leased: boolean }[]>`
            SELECT attempts, locked_until > now() AS leased FROM outbox_email WHERE id = ${id}::uuid FOR UPDATE NOWAIT`;
          return r!;
        })
        .catch((e: Error) => e);
    };
    try {
      expect(await deliverDueEmails(smtpTransport(url), "p@localhost")).toEqual({ sent: 1, failed: 0 });
    } finally {
      duringData = undefined;
    }
    expect(seen).toEqual({ attempts: 1, leased: true });
    expect(await db().outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent", attempts: 1, leaseId: null, lockedUntil: null });
  });

  it("claims a row again once the lease of a worker that stopped mid-send has expired, counting the attempt", async () => {
    await clearDue();
    const to = uniqueEmail("crash");
    const id = await enqueueEmail({ to, locale: "en", template: "passwordChanged", vars: { name: "Kofi" } });
    const now = new Date();
    // A worker claims the row, then dies before sending or recording anything.
    const [crashed] = await claimDueEmails(20, now);
    expect(crashed).toMatchObject({ id, attempts: 1 });
    // While the lease runs, no other worker takes it.
    expect(await deliverDueEmails(smtpTransport(url), "p@localhost", 20, new Date(now.getTime() + 1_000))).toEqual({ sent: 0, failed: 0 });
    expect(received.filter((m) => m.to === to)).toHaveLength(0);
    const afterLease = new Date(now.getTime() + (LEASE_SECONDS + 1) * 1000);
    expect(await deliverDueEmails(smtpTransport(url), "p@localhost", 20, afterLease)).toEqual({ sent: 1, failed: 0 });
    expect(await db().outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent", attempts: 2 });
    expect(received.filter((m) => m.to === to)).toHaveLength(1);
    // The dead worker's claim no longer applies: handing it back changes nothing.
    expect(await releaseClaims([crashed!])).toBe(0);
    expect((await db().outboxEmail.findUniqueOrThrow({ where: { id } })).attempts).toBe(2);
  });

  it("gives up a row whose last attempt's worker stopped, without sending it again", async () => {
    await clearDue();
    const to = uniqueEmail("lastcrash");
    const id = await enqueueEmail({ to, locale: "en", template: "resetPassword", vars: { name: "Z", link: "http://localhost/en/reset-password?token=last-secret", minutes: "60" } });
    await db().outboxEmail.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    const now = new Date();
    expect(await claimDueEmails(20, now)).toHaveLength(1);
    const afterLease = new Date(now.getTime() + (LEASE_SECONDS + 1) * 1000);
    expect(await deliverDueEmails(smtpTransport(url), "p@localhost", 20, afterLease)).toEqual({ sent: 0, failed: 0 });
    const row = await db().outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, leaseId: null });
    expect(row.lastError).toMatch(/stopped/);
    expect(row.textBody).not.toContain("last-secret");
    expect(received.filter((m) => m.to === to)).toHaveLength(0);
  });

  it("hands back unsent rows without counting an attempt", async () => {
    await clearDue();
    const id = await enqueueEmail({ to: uniqueEmail("release"), locale: "en", template: "passwordChanged", vars: { name: "R" } });
    const claimed = await claimDueEmails(20);
    expect(await releaseClaims(claimed)).toBe(1);
    expect(await db().outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "pending", attempts: 0, leaseId: null, lockedUntil: null });
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

describe("secret links in the outbox", () => {
  const token = "Zk9sQ2V4YW1wbGUtc2VjcmV0LXRva2VuLTAxMjM0NTY3";
  const link = `http://localhost/ar/reset-password?token=${token}`;

  it("removes the token from the stored email once it is delivered; the recipient gets the link", async () => {
    await clearDue();
    const to = uniqueEmail("redact");
    const id = await enqueueEmail({ to, locale: "ar", template: "resetPassword", vars: { name: "Layla", link, minutes: "60" } });
    expect(await deliverDueEmails(smtpTransport(url), "p@localhost")).toEqual({ sent: 1, failed: 0 });
    expect(decoded(received.find((m) => m.to === to)!.raw)).toContain(link);
    const row = await db().outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row.textBody).not.toContain(token);
    expect(row.textBody).toContain("[حُذف الرابط بعد الإرسال]");
    expect(row.textBody).toContain("Layla");
    expect(row.redactedBody).toBeNull();
    const [listed] = await listOutbox({ to, revealLinks: true });
    expect(listed!.textBody).not.toContain(token);
    // No copy of the secret is left in any column of the row.
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("removes the token when delivery is given up", async () => {
    await clearDue();
    const id = await enqueueEmail({ to: uniqueEmail("redactfail"), locale: "en", template: "verifyEmail", vars: { name: "V", link, hours: "24" } });
    await db().outboxEmail.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    refuseNext = 1;
    await deliverDueEmails(smtpTransport(url), "p@localhost");
    const row = await db().outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("failed");
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.textBody).toContain("[link removed after delivery]");
  });

  it("shows a waiting email's link only in demo mode (no SMTP), where the outbox is the delivery", async () => {
    const to = uniqueEmail("demo");
    await enqueueEmail({ to, locale: "fr", template: "verifyEmail", vars: { name: "D", link, hours: "24" } });
    const [demo] = await listOutbox({ to, revealLinks: true });
    expect(demo!.textBody).toContain(link);
    const [withSmtp] = await listOutbox({ to });
    expect(withSmtp!.textBody).not.toContain(token);
    expect(withSmtp!.textBody).toContain("[lien supprimé après l’envoi]");
    expect(withSmtp).not.toHaveProperty("redactedBody");
    expect(withSmtp).not.toHaveProperty("leaseId");
  });

  it("keeps emails without secrets as they were written", async () => {
    await clearDue();
    const to = uniqueEmail("plain");
    const id = await enqueueEmail({ to, locale: "en", template: "accountExists", vars: { name: "P", link: "http://localhost/en/forgot-password" } });
    const before = (await db().outboxEmail.findUniqueOrThrow({ where: { id } })).textBody;
    await deliverDueEmails(smtpTransport(url), "p@localhost");
    expect((await db().outboxEmail.findUniqueOrThrow({ where: { id } })).textBody).toBe(before);
    expect(before).toContain("http://localhost/en/forgot-password");
  });
});
