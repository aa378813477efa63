import "server-only";
import type { Provider } from "next-auth/providers/index";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import { auditedWrite, recordEvent, type AuditActor } from "@/modules/audit/server";

interface OidcProfile {
  sub?: string;
  email?: string;
  email_verified?: unknown;
  name?: string;
  locale?: unknown;
}

/**
 * A generic OpenID Connect provider, on when OIDC_ISSUER, OIDC_CLIENT_ID and
 * OIDC_CLIENT_SECRET are set (an institution's own identity provider).
 */
export function oidcProvider(): Provider | null {
  const issuer = process.env.OIDC_ISSUER;
  const clientId = process.env.OIDC_CLIENT_ID;
  const clientSecret = process.env.OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    id: "oidc",
    name: process.env.OIDC_NAME ?? "Single sign-on",
    type: "oauth",
    wellKnown: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    clientId,
    clientSecret,
    profile(profile: OidcProfile) {
      return { id: String(profile.sub), email: profile.email ?? null, name: profile.name ?? profile.email ?? null };
    },
  } as Provider;
}

/**
 * The portal language for a provider's `locale` claim (a BCP 47 tag such as "fr-CA" or, from
 * some providers, "pt_BR"): its language part when the portal has that language, else the default.
 */
export function portalLocaleOf(tag: unknown): Locale {
  const language = typeof tag === "string" ? tag.trim().split(/[-_]/)[0]!.toLowerCase() : "";
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

const actorOf = (u: { id: string; email: string; roles: readonly string[] }): AuditActor => ({ id: u.id, email: u.email, roles: u.roles });

/** A refused provider login: one audit row, no account touched. */
async function refuse(reason: string, user: { id: string; email: string; roles: readonly string[] } | null, email: string): Promise<null> {
  await recordEvent({
    actor: user ? actorOf(user) : null,
    action: "auth.sign_in",
    outcome: "failure",
    ...(user ? { target: { type: "user", id: user.id } } : {}),
    detail: { provider: "oidc", reason, email },
  });
  return null;
}

/**
 * The portal account for an identity-provider login: linked by subject, else by an email the
 * provider says it verified (`email_verified: true`; a missing claim is not a verification, or
 * whoever controls an identity with someone's address would take over their account), else
 * created as a verified member on that same condition. Null when none applies or the account is
 * deactivated. Call it once per sign-in: it writes the sign-in and its audit row in one transaction.
 */
export async function resolveOidcUser(profile: unknown, fallback: { email?: string | null; name?: string | null }) {
  const p = (profile ?? {}) as OidcProfile;
  const email = (p.email ?? fallback.email ?? "").trim().toLowerCase();
  if (!p.sub) return null;
  const subject = p.sub;
  const verified = p.email_verified === true && email !== "";
  const bySubject = await db().user.findUnique({ where: { oidcSubject: subject } });
  const byEmail = bySubject || !email ? null : await db().user.findUnique({ where: { email } });
  if (!bySubject && !verified) return refuse("email_not_verified", byEmail, email);
  // An account linked to another identity of the provider is not taken over by a second one with its address.
  if (byEmail?.oidcSubject) return refuse("linked_to_another_identity", byEmail, email);
  const existing = bySubject ?? byEmail;
  if (existing && !existing.active) return refuse("inactive", existing, email);

  const user = await auditedWrite(async (tx) => {
    const now = new Date();
    const row = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { lastSignInAt: now, ...(existing.oidcSubject ? {} : { oidcSubject: subject, emailVerifiedAt: existing.emailVerifiedAt ?? now }) },
        })
      : await tx.user.create({
          data: {
            email,
            name: p.name ?? fallback.name ?? email,
            oidcSubject: subject,
            emailVerifiedAt: now,
            lastSignInAt: now,
            preferredLanguage: portalLocaleOf(p.locale),
            organisationName: email.split("@")[1] ?? "",
            organisationType: "other",
            organisationCountry: process.env.OIDC_DEFAULT_COUNTRY ?? "CH",
            roles: ["member"],
          },
        });
    const account = !existing ? "created" : existing.oidcSubject ? "linked" : "linked_by_email";
    return { result: row, audit: { actor: actorOf(row), action: "auth.sign_in", outcome: "success", target: { type: "user", id: row.id }, detail: { provider: "oidc", account } } };
  });
  if (!existing) logger.info({ user: user.id }, "account created from single sign-on");
  return user;
}
