import "server-only";
import type { Provider } from "next-auth/providers/index";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { recordAudit } from "@/modules/audit/server";

interface OidcProfile {
  sub?: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  locale?: string;
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
 * The portal account for an identity-provider login: linked by subject, else by
 * verified email, else created as a verified member. Null when the provider
 * gives no verified email or the account is deactivated.
 */
export async function resolveOidcUser(profile: unknown, fallback: { email?: string | null; name?: string | null }) {
  const p = (profile ?? {}) as OidcProfile;
  const email = (p.email ?? fallback.email ?? "").trim().toLowerCase();
  if (!p.sub || !email || p.email_verified === false) return null;
  let user = (await db().user.findUnique({ where: { oidcSubject: p.sub } })) ?? (await db().user.findUnique({ where: { email } }));
  if (user && !user.oidcSubject) user = await db().user.update({ where: { id: user.id }, data: { oidcSubject: p.sub, emailVerifiedAt: user.emailVerifiedAt ?? new Date() } });
  if (!user) {
    const country = process.env.OIDC_DEFAULT_COUNTRY ?? "CH";
    user = await db().user.create({
      data: {
        email,
        name: p.name ?? fallback.name ?? email,
        oidcSubject: p.sub,
        emailVerifiedAt: new Date(),
        preferredLanguage: (p.locale ?? "en").slice(0, 2),
        organisationName: email.split("@")[1] ?? "",
        organisationType: "other",
        organisationCountry: country,
        roles: ["member"],
      },
    });
    logger.info({ user: user.id }, "account created from single sign-on");
  }
  if (!user.active) return null;
  await db().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ actor: { id: user.id, email: user.email, roles: user.roles }, action: "auth.sign_in", outcome: "success", target: { type: "user", id: user.id }, detail: { provider: "oidc" } });
  return user;
}
