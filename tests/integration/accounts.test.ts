import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/accounts/route";
import { db } from "@/lib/db";
import { authenticate, registerAccount, requestPasswordReset, resetPassword, setFocalPoint, updateUser, verifyEmail } from "@/modules/accounts/server";
import { callRoute } from "../support/call-route";
import { freshMeta, GOOD_PASSWORD, uniqueEmail } from "../support/factories";

const tokenFrom = (text: string, path: string) => new URL(text.match(new RegExp(`https?://\\S+${path}\\?token=\\S+`))![0]).searchParams.get("token")!;

async function lastEmailTo(to: string) {
  return db().outboxEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
}

async function registerVerified(email = uniqueEmail(), lng: "en" | "ar" = "en") {
  await registerAccount({ email, password: GOOD_PASSWORD, name: "Amina Diallo", lng, organisation: { name: "OAPI", type: "ip_office", country: "SN" } }, freshMeta());
  expect(await verifyEmail(tokenFrom((await lastEmailTo(email)).textBody, "/verify-email"), freshMeta())).toBe(true);
  return db().user.findUniqueOrThrow({ where: { email } });
}

describe("registration", () => {
  it("answers 202, stores an argon2id hash and emails a verification link in the user's language", async () => {
    const email = uniqueEmail("reg");
    const res = await callRoute(register, "/api/v1/accounts", {
      method: "POST",
      body: { email: email.toUpperCase(), password: GOOD_PASSWORD, name: "Ana Quispe", lng: "es", organisation: { name: "INDECOPI", type: "ip_office", country: "PE" } },
    });
    expect(res.status).toBe(202);
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.roles).toEqual(["member"]);
    const mail = await lastEmailTo(email);
    expect(mail.locale).toBe("es");
    expect(mail.textBody).toContain(`/es/verify-email?token=`);
    expect(mail.status).toBe("pending");
  });

  it("answers the same for a taken email, writes no second account and tells the owner", async () => {
    const email = uniqueEmail("taken");
    const body = { email, password: GOOD_PASSWORD, name: "First", lng: "fr", organisation: { name: "OMPIC", type: "ip_office", country: "MA" } };
    const first = await callRoute(register, "/api/v1/accounts", { method: "POST", body });
    const second = await callRoute(register, "/api/v1/accounts", { method: "POST", body: { ...body, name: "Second" } });
    expect(second.status).toBe(first.status);
    expect(second.json).toEqual(first.json);
    expect(await db().user.count({ where: { email } })).toBe(1);
    expect((await lastEmailTo(email)).template).toBe("accountExists");
  });

  it.each([
    [{ password: "short1!" }, "password", "too_short"],
    [{ password: "password123456!" }, "password", "common"],
    [{ email: "not-an-email" }, "email", "invalid_email"],
    [{ organisation: { name: "X", type: "ip_office", country: "ZZ" } }, "organisation.country", "unknown_country"],
    [{ organisation: { name: "X", type: "bank", country: "PE" } }, "organisation.type", "invalid_choice"],
  ])("refuses %o with a 400 naming the field and writes nothing", async (override, field, reason) => {
    const email = uniqueEmail("bad");
    const body = { email, password: GOOD_PASSWORD, name: "X", lng: "en", organisation: { name: "X", type: "ip_office", country: "PE" }, ...override };
    const res = await callRoute(register, "/api/v1/accounts", { method: "POST", body });
    expect(res.status).toBe(400);
    expect((res.json as { invalidParams: { name: string; reason: string }[] }).invalidParams).toContainEqual({ name: field, reason });
    expect(await db().user.count({ where: { email: String(body.email).toLowerCase() } })).toBe(0);
  });

  it("limits registration to 10 a minute per IP", async () => {
    const meta = freshMeta();
    const input = (i: number) => ({ email: uniqueEmail(`burst${i}`), password: GOOD_PASSWORD, name: "B", lng: "en" as const, organisation: { name: "B", type: "other" as const, country: "KE" } });
    for (let i = 0; i < 10; i++) await registerAccount(input(i), meta);
    await expect(registerAccount(input(11), meta)).rejects.toMatchObject({ kind: "rate_limited" });
  });
});

describe("sign-in", () => {
  it("needs a verified email and the right password", async () => {
    const email = uniqueEmail("signin");
    await registerAccount({ email, password: GOOD_PASSWORD, name: "N", lng: "en", organisation: { name: "O", type: "ngo", country: "GH" } }, freshMeta());
    expect(await authenticate(email, GOOD_PASSWORD, freshMeta())).toMatchObject({ ok: false, reason: "unverified" });
    await verifyEmail(tokenFrom((await lastEmailTo(email)).textBody, "/verify-email"), freshMeta());
    expect(await authenticate(email, "wrong-password-123", freshMeta())).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(uniqueEmail("nobody"), GOOD_PASSWORD, freshMeta())).toEqual({ ok: false, reason: "invalid" });
    const ok = await authenticate(email.toUpperCase(), GOOD_PASSWORD, freshMeta());
    expect(ok.ok).toBe(true);
  });

  it("limits attempts to 10 a minute per account, whatever the IP", async () => {
    const user = await registerVerified();
    for (let i = 0; i < 10; i++) await authenticate(user.email, "wrong-password-123", freshMeta());
    expect(await authenticate(user.email, GOOD_PASSWORD, freshMeta())).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("limits attempts to 10 a minute per IP, whatever the account", async () => {
    const meta = freshMeta();
    for (let i = 0; i < 10; i++) await authenticate(uniqueEmail("spray"), "wrong-password-123", meta);
    const result = await authenticate(uniqueEmail("spray"), "wrong-password-123", meta);
    expect(result).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((result as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
  });

  it("refuses a deactivated account", async () => {
    const user = await registerVerified();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticate(user.email, GOOD_PASSWORD, freshMeta())).toEqual({ ok: false, reason: "inactive" });
  });
});

describe("password reset", () => {
  it("emails a single-use link; a weak password does not use it up; the new password works", async () => {
    const user = await registerVerified();
    await requestPasswordReset(user.email, freshMeta());
    const token = tokenFrom((await lastEmailTo(user.email)).textBody, "/reset-password");
    await expect(resetPassword(token, "password1234!", freshMeta())).rejects.toMatchObject({ kind: "invalid_input" });
    expect(await resetPassword(token, "Lusaka-kettle-violet-58", freshMeta())).toBe("ok");
    expect(await resetPassword(token, "Lusaka-kettle-violet-59", freshMeta())).toBe("invalid_token");
    expect((await authenticate(user.email, "Lusaka-kettle-violet-58", freshMeta())).ok).toBe(true);
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const email = uniqueEmail("ghost");
    await expect(requestPasswordReset(email, freshMeta())).resolves.toBeUndefined();
    expect(await db().outboxEmail.count({ where: { to: email } })).toBe(0);
  });

  it("is limited to 5 a minute per address", async () => {
    const user = await registerVerified();
    // The limit counts in fixed minute windows (src/lib/db/rate-limit.ts): six requests that
    // straddle a window's end are two windows' worth, so start them clear of it.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
    for (let i = 0; i < 5; i++) await requestPasswordReset(user.email, freshMeta());
    await expect(requestPasswordReset(user.email, freshMeta())).rejects.toMatchObject({ kind: "rate_limited" });
  });
});

describe("roles and focal points", () => {
  const admin = { id: "00000000-0000-4000-8000-000000000001", email: "root@example.org", roles: ["admin"] };

  it("nominates a focal point with its country and audits the change", async () => {
    const user = await registerVerified();
    const view = await setFocalPoint(admin, user.id, "PE", freshMeta());
    expect(view).toMatchObject({ focalPointCountry: "PE" });
    expect(view.roles).toContain("focal_point");
    const event = await db().auditEvent.findFirstOrThrow({ where: { targetId: user.id, action: "user.focal_point_change" } });
    expect(event.detail).toMatchObject({ after: { focalPointCountry: "PE" } });
    const withdrawn = await setFocalPoint(admin, user.id, null, freshMeta());
    expect(withdrawn.roles).not.toContain("focal_point");
    expect(withdrawn.focalPointCountry).toBeNull();
  });

  it("refuses a focal-point role without a country and an unknown country", async () => {
    const user = await registerVerified();
    await expect(updateUser(admin, user.id, { roles: ["member", "focal_point"] }, freshMeta())).rejects.toMatchObject({ kind: "invalid_input" });
    await expect(updateUser(admin, user.id, { focalPointCountry: "ZZ" }, freshMeta())).rejects.toMatchObject({ kind: "invalid_input" });
  });

  it("does not let an admin lock themselves out", async () => {
    const self = await registerVerified();
    const actor = { id: self.id, email: self.email, roles: ["admin"] };
    await db().user.update({ where: { id: self.id }, data: { roles: ["member", "admin"] } });
    await expect(updateUser(actor, self.id, { active: false }, freshMeta())).rejects.toMatchObject({ kind: "conflict" });
    await expect(updateUser(actor, self.id, { roles: ["member"] }, freshMeta())).rejects.toMatchObject({ kind: "conflict" });
  });
});
