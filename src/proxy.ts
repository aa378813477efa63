import { NextResponse, type NextRequest } from "next/server";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";

export const LOCALE_HEADER = "x-portal-lng";
export const PATH_HEADER = "x-portal-path";
const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Every page lives under /<lng>/. A URL without a locale is redirected to the
 * visitor's (cookie, Accept-Language, English); a URL with one remembers it in
 * the cookie and tells the layout which path the language switcher must keep.
 * Authorization is never decided here: pages and routes check it themselves.
 */
export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const first = pathname.split("/")[1];
  if (!isLocale(first)) {
    const lng = negotiateLocale(req.cookies.get(LOCALE_COOKIE)?.value, req.headers.get("accept-language"));
    const url = req.nextUrl.clone();
    url.pathname = `/${lng}${pathname === "/" ? "" : pathname}`;
    const res = NextResponse.redirect(url, 307);
    res.headers.set("vary", "accept-language, cookie");
    return res;
  }
  const headers = new Headers(req.headers);
  headers.set(LOCALE_HEADER, first);
  headers.set(PATH_HEADER, pathname.slice(first.length + 1) + search);
  const res = NextResponse.next({ request: { headers } });
  if (req.cookies.get(LOCALE_COOKIE)?.value !== first) {
    res.cookies.set(LOCALE_COOKIE, first, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  }
  return res;
}

export const config = {
  // Pages only: not the API, Next's assets, or files with an extension.
  matcher: ["/((?!api/|_next/|.*\\.[a-zA-Z0-9]+$).*)"],
};
