/**
 * Content-Security-Policy for pages: scripts only from this origin or with this response's
 * nonce. Without a nonce (a public page the portal's server keeps) scripts come only from
 * this origin here, and the server adds the hashes of the page's inline scripts.
 */
export function pageCsp(nonce: string | null, { dev = false, formTargets = [] as string[] } = {}): string {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}` : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self'${formTargets.map((t) => ` ${t}`).join("")}`,
    "object-src 'none'",
  ].join("; ");
}

/** API responses are data, never documents to render or frame. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export const HSTS = "max-age=63072000; includeSubDomains";

/** Headers every response carries (next.config.ts); CSP and HSTS come from src/proxy.ts. */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A mutating request whose Origin (or, lacking it, Referer) names another site.
 * Requests with neither come from non-browser clients, which carry no ambient cookies of a victim.
 */
export function isCrossOriginWrite(method: string, headers: Headers, allowedOrigins: string[]): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  let origin = headers.get("origin");
  if (!origin || origin === "null") {
    const referer = headers.get("referer");
    if (!referer) return origin === "null";
    try {
      origin = new URL(referer).origin;
    } catch {
      return true;
    }
  }
  return !allowedOrigins.includes(origin);
}
