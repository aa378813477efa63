import { NextResponse, type NextRequest } from "next/server";
import {
  SESSION_REFRESH_AFTER_SECONDS,
  cookieOptions,
  decodeSession,
  encodeSession,
  secureCookies,
  sessionCookieName,
} from "@/lib/auth/session";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { requestIdFrom } from "@/lib/api/request-id";
import { allowedOrigins } from "@/lib/allowed-origins";
import { API_CSP, HSTS, isCrossOriginWrite, pageCsp } from "@/lib/security-headers";
import { PAGE_CACHE_REQUEST_HEADER, PUBLIC_PAGE_HEADER, isPublicPage } from "@/lib/public-pages";

const LOCALE_HEADER = "x-portal-lng";
const PATH_HEADER = "x-portal-path";
const ONE_YEAR = 60 * 60 * 24 * 365;

/** PUBLIC_URL and NEXTAUTH_URL; in demo mode also their loopback aliases (src/lib/allowed-origins.ts). */
function originsFor(req: NextRequest): string[] {
  return allowedOrigins({
    requestOrigin: req.nextUrl.origin,
    configured: [process.env.PUBLIC_URL, process.env.NEXTAUTH_URL],
    demo: process.env.DEMO_MODE === "true",
    host: req.headers.get("host"),
  });
}

function forbiddenCrossOrigin(req: NextRequest) {
  return new NextResponse(
    JSON.stringify({
      type: "https://ss-ip-portal.example/problems/forbidden",
      title: "Forbidden",
      status: 403,
      detail: "Cross-origin request refused",
      instance: req.nextUrl.pathname,
    }),
    { status: 403, headers: { "content-type": "application/problem+json", "content-security-policy": API_CSP } },
  );
}

/**
 * Slides the 30-minute idle window on activity (GET requests only, so a
 * sign-out's cookie deletion is never overwritten) and drops a dead cookie.
 */
async function refreshSession(req: NextRequest, res: NextResponse): Promise<void> {
  if (req.method !== "GET" || req.nextUrl.pathname.startsWith("/api/auth")) return;
  const name = sessionCookieName();
  const token = req.cookies.get(name)?.value;
  if (!token || !process.env.NEXTAUTH_SECRET) return;
  const claims = await decodeSession(token);
  if (!claims) {
    res.cookies.delete(name);
    return;
  }
  if (Date.now() / 1000 - claims.issuedAt < SESSION_REFRESH_AFTER_SECONDS) return;
  res.cookies.set(name, await encodeSession(claims), cookieOptions());
}

function withSecurityHeaders(res: NextResponse, csp: string): NextResponse {
  res.headers.set("content-security-policy", csp);
  if (secureCookies()) res.headers.set("strict-transport-security", HSTS);
  return res;
}

/**
 * Before every page and API request: refuse cross-origin writes; send pages
 * without a locale to the visitor's (cookie, Accept-Language, English); set
 * the CSP with a fresh nonce; keep the session's idle window sliding.
 * Authorization is never decided here: pages and routes check it themselves.
 */
export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (isCrossOriginWrite(req.method, req.headers, originsFor(req))) return forbiddenCrossOrigin(req);

  // One request id for the whole request: route wrapper, server actions, audit rows and logs read it.
  const requestId = requestIdFrom(req.headers);
  if (pathname.startsWith("/api/")) {
    const headers = new Headers(req.headers);
    headers.set("x-request-id", requestId);
    const res = NextResponse.next({ request: { headers } });
    res.headers.set("x-request-id", requestId);
    await refreshSession(req, res);
    return withSecurityHeaders(res, API_CSP);
  }

  const first = pathname.split("/")[1];
  if (!isLocale(first)) {
    const lng = negotiateLocale(req.cookies.get(LOCALE_COOKIE)?.value, req.headers.get("accept-language"));
    const url = req.nextUrl.clone();
    url.pathname = `/${lng}${pathname === "/" ? "" : pathname}`;
    const res = NextResponse.redirect(url, 307);
    res.headers.set("vary", "accept-language, cookie");
    return withSecurityHeaders(res, API_CSP);
  }

  const anonymous = !req.cookies.has(sessionCookieName());
  // A public page the portal's server will keep: rendered without a nonce, for the server sends
  // it with the hashes of its inline scripts (scripts/lib/page-cache.mjs, docs/PERFORMANCE.md).
  const kept = anonymous && req.method === "GET" && req.headers.get(PAGE_CACHE_REQUEST_HEADER) === "1" && isPublicPage(pathname.slice(first.length + 1));
  const nonce = kept ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const oidcIssuer = process.env.OIDC_ISSUER ? new URL(process.env.OIDC_ISSUER).origin : null;
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development", formTargets: oidcIssuer ? [oidcIssuer] : [] });
  const headers = new Headers(req.headers);
  headers.set(LOCALE_HEADER, first);
  headers.set(PATH_HEADER, pathname.slice(first.length + 1) + search);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  if (nonce) {
    headers.set("content-security-policy", csp);
    headers.set("x-nonce", nonce);
  } else {
    headers.delete("content-security-policy");
    headers.delete("x-nonce");
  }
  headers.set("x-request-id", requestId);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("x-request-id", requestId);
  if (kept) res.headers.set(PUBLIC_PAGE_HEADER, "1");
  if (req.cookies.get(LOCALE_COOKIE)?.value !== first) {
    res.cookies.set(LOCALE_COOKIE, first, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  }
  await refreshSession(req, res);
  return withSecurityHeaders(res, csp);
}

export const config = {
  // Everything but Next's static assets and files with an extension (those get next.config.ts headers).
  matcher: ["/((?!_next/static|_next/image|.*\\.[a-zA-Z0-9]+$).*)"],
};
