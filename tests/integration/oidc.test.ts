import { randomUUID } from "node:crypto";
import type { Account } from "next-auth";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authOptions } from "@/modules/accounts/server";
import { portalLocaleOf, resolveOidcUser } from "@/modules/accounts/server/oidc";
import { uniqueEmail } from "../support/factories";

/** An existing password account, verified or not. */
async function passwordAccount(email = uniqueEmail("pw"), extra: { active?: boolean; oidcSubject?: string } = {}) {
  return db().user.create({
    data: {
      email,
      name: "Existing",
      passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaA",
      emailVerifiedAt: new Date(),
      preferredLanguage: "es",
      organisationName: "OAPI",
      organisationType: "ip_office",
      organisationCountry: "SN",
      roles: ["member"],
      ...extra,
    },
  });
}

const signIns = (userId: string) => db().auditEvent.findMany({ where: { action: "auth.sign_in", targetId: userId }, orderBy: { id: "asc" } });

describe("single sign-on: linking by email", () => {
  it("does not link an existing account when the provider sends no email_verified claim", async () => {
    const user = await passwordAccount();
    expect(await resolveOidcUser({ sub: `sub-${randomUUID()}`, email: user.email }, {})).toBeNull();
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ oidcSubject: null, lastSignInAt: null });
    expect(await signIns(user.id)).toMatchObject([{ outcome: "failure", detail: { provider: "oidc", reason: "email_not_verified" } }]);
  });

  it("does not link when email_verified is anything but true", async () => {
    const user = await passwordAccount();
    for (const claim of [false, "true", 1, null]) {
      expect(await resolveOidcUser({ sub: `sub-${randomUUID()}`, email: user.email, email_verified: claim }, {})).toBeNull();
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
  });

  it("links by an email the provider verified, and signs in by subject from then on", async () => {
    const user = await passwordAccount();
    const sub = `sub-${randomUUID()}`;
    expect((await resolveOidcUser({ sub, email: user.email.toUpperCase(), email_verified: true }, {}))?.id).toBe(user.id);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBe(sub);
    // The subject alone identifies the account now, whatever the email claims say.
    expect((await resolveOidcUser({ sub, email: "changed@example.org" }, {}))?.id).toBe(user.id);
    expect((await signIns(user.id)).map((e) => [e.outcome, (e.detail as { account: string }).account])).toEqual([
      ["success", "linked_by_email"],
      ["success", "linked"],
    ]);
  });

  it("creates no account from an unverified email", async () => {
    const email = uniqueEmail("unverified");
    expect(await resolveOidcUser({ sub: `sub-${randomUUID()}`, email }, {})).toBeNull();
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("does not hand an account linked to one identity to another identity with the same address", async () => {
    const user = await passwordAccount(uniqueEmail("linked"), { oidcSubject: `sub-${randomUUID()}` });
    expect(await resolveOidcUser({ sub: `sub-${randomUUID()}`, email: user.email, email_verified: true }, {})).toBeNull();
    expect(await signIns(user.id)).toMatchObject([{ outcome: "failure", detail: { reason: "linked_to_another_identity" } }]);
  });

  it("refuses a deactivated account and writes nothing to it", async () => {
    const sub = `sub-${randomUUID()}`;
    const user = await passwordAccount(uniqueEmail("inactive"), { oidcSubject: sub, active: false });
    expect(await resolveOidcUser({ sub, email: user.email, email_verified: true }, {})).toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
  });
});

describe("single sign-on: one sign-in, one audit row", () => {
  it("resolves the account once across next-auth's signIn and jwt callbacks", async () => {
    const email = uniqueEmail("once");
    const sub = `sub-${randomUUID()}`;
    const { callbacks } = authOptions();
    const profile = { sub, email, email_verified: true, name: "Once", locale: "ar-EG" };
    const user = { id: sub, email, name: "Once" };
    const account: Account = { provider: "oidc", type: "oauth", providerAccountId: sub };
    expect(await callbacks!.signIn!({ user, account, profile })).toBe(true);
    const token = await callbacks!.jwt!({ token: { sub }, user, account, profile, trigger: "signIn" });
    const created = await db().user.findUniqueOrThrow({ where: { email } });
    expect(token).toMatchObject({ sub: created.id, sv: created.sessionVersion });
    expect(await signIns(created.id)).toHaveLength(1);
    expect(created.preferredLanguage).toBe("ar");
  });

  it("issues no token for a provider sign-in that signIn did not accept", async () => {
    const { callbacks } = authOptions();
    const sub = `sub-${randomUUID()}`;
    const account: Account = { provider: "oidc", type: "oauth", providerAccountId: sub };
    await expect(callbacks!.jwt!({ token: { sub }, user: { id: sub }, account, profile: { sub }, trigger: "signIn" })).rejects.toThrow("no such account");
  });
});

describe("single sign-on: language of a new account", () => {
  it("keeps a supported language (its language part) and otherwise uses the default", async () => {
    const cases: [unknown, string][] = [
      ["fr-CA", "fr"],
      ["pt_BR", "pt"],
      ["zh-Hant-TW", "zh"],
      ["ES", "es"],
      ["de-DE", "en"],
      ["xx", "en"],
      ["english", "en"],
      ["", "en"],
      [undefined, "en"],
      [42, "en"],
    ];
    for (const [tag, expected] of cases) expect([tag, portalLocaleOf(tag)]).toEqual([tag, expected]);
    for (const [tag, expected] of [["fr-CA", "fr"], ["de-DE", "en"], ["russian", "en"]] as const) {
      const row = await resolveOidcUser({ sub: `sub-${randomUUID()}`, email: uniqueEmail("lng"), email_verified: true, locale: tag }, {});
      expect([tag, row?.preferredLanguage]).toEqual([tag, expected]);
    }
  });
});
