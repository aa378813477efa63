import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { SESSION_IDLE_SECONDS, SESSION_REFRESH_AFTER_SECONDS, decodeSession, encodeSession, secureCookies } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { requestMeta } from "@/lib/request-meta";
import { recordEvent } from "@/modules/audit/server";
import { authenticate } from "./authenticate";
import { oidcProvider, resolveOidcUser } from "./oidc";

function headersOf(req: { headers?: Record<string, string | string[] | undefined> } | undefined): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(req?.headers ?? {})) if (typeof v === "string") h.set(k, v);
  return h;
}

/**
 * The portal account each provider sign-in resolved to, keyed by the sign-in's own `account`
 * object: next-auth passes that same object to `signIn` and then to `jwt`, so the account is
 * resolved (and the sign-in audited) once, in `signIn`, and `jwt` only reads the answer. The
 * entry goes when the request's objects do.
 */
const providerSignIns = new WeakMap<object, string>();

/**
 * next-auth v4: credentials (and OpenID Connect when configured) with JWT
 * sessions. The JWT is our own claims (src/lib/auth/session.ts) so the standard
 * /api/auth endpoints, server-action sign-in and the proxy's sliding refresh
 * all read and write one format.
 */
export function authOptions(): NextAuthOptions {
  const oidc = oidcProvider();
  return {
    secret: process.env.NEXTAUTH_SECRET,
    useSecureCookies: secureCookies(),
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_REFRESH_AFTER_SECONDS },
    jwt: {
      maxAge: SESSION_IDLE_SECONDS,
      async encode({ token }) {
        if (!token?.sub) return "";
        return encodeSession({ userId: token.sub, sessionVersion: Number(token.sv), authTime: Number(token.authTime) });
      },
      async decode({ token }) {
        const claims = await decodeSession(token ?? undefined);
        return claims ? { sub: claims.userId, sv: claims.sessionVersion, authTime: claims.authTime } : null;
      },
    },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          // The route counted this attempt against the rate limits before calling next-auth.
          const result = await authenticate(String(credentials?.email ?? ""), String(credentials?.password ?? ""), requestMeta(headersOf(req)), {
            alreadyCounted: true,
          });
          return result.ok ? { id: result.user.id, email: result.user.email, name: result.user.name } : null;
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider === "credentials") return true;
        if (!account) return false;
        const row = await resolveOidcUser(profile, user);
        if (row) providerSignIns.set(account, row.id);
        return row !== null;
      },
      async jwt({ token, user, account }) {
        if (user) {
          const id = account?.provider === "credentials" ? user.id : account ? providerSignIns.get(account) : undefined;
          const row = id ? await db().user.findUnique({ where: { id } }) : null;
          if (!row) throw new Error("no such account");
          return { sub: row.id, sv: row.sessionVersion, authTime: Math.floor(Date.now() / 1000) };
        }
        const row = token.sub ? await db().user.findUnique({ where: { id: token.sub } }) : null;
        // Throwing makes next-auth clear the cookie: the session has ended.
        if (!row || !row.active || row.sessionVersion !== Number(token.sv)) throw new Error("session ended");
        return token;
      },
      async session({ session, token }) {
        const row = await db().user.findUnique({ where: { id: String(token.sub) } });
        if (!row) return { expires: session.expires } as typeof session;
        return {
          expires: session.expires,
          user: { id: row.id, name: row.name, email: row.email, roles: row.roles, focalPointCountry: row.focalPointCountry },
        } as typeof session;
      },
    },
    events: {
      async signOut({ token }) {
        const row = token?.sub ? await db().user.findUnique({ where: { id: token.sub } }) : null;
        await recordEvent({ actor: row ? { id: row.id, email: row.email, roles: row.roles } : null, action: "auth.sign_out", outcome: "success" });
      },
    },
    logger: {
      error: (code, metadata) => logger.warn({ code, metadata }, "next-auth"),
      warn: (code) => logger.debug({ code }, "next-auth"),
      debug: () => {},
    },
  };
}
