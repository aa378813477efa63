/** The names a browser on the same machine may use for a loopback address. */
const LOOPBACK_HOSTNAMES = ["localhost", "127.0.0.1", "[::1]"];

export interface OriginContext {
  /** The origin Next.js gives the request (`req.nextUrl.origin`). */
  requestOrigin: string;
  /** The portal's configured addresses: PUBLIC_URL, NEXTAUTH_URL (unset ones are skipped). */
  configured: (string | undefined)[];
  /** DEMO_MODE: a newcomer's machine, where http://127.0.0.1:3000 and http://localhost:3000 are the same portal. */
  demo: boolean;
  /** The request's Host header: the name the browser actually used. */
  host: string | null;
}

/**
 * The origins whose writes src/proxy.ts accepts (`isCrossOriginWrite`). Normally the
 * configured ones only. In demo mode a loopback PUBLIC_URL (http://localhost:3000) also
 * accepts its loopback aliases with the same scheme and port (127.0.0.1, [::1]), but only
 * for a request sent to that very alias (Host), i.e. a page of this portal opened under
 * the other name posting to itself; never another site, never outside demo mode.
 */
export function allowedOrigins(ctx: OriginContext): string[] {
  const origins = new Set<string>([ctx.requestOrigin]);
  for (const url of ctx.configured) if (url) origins.add(new URL(url).origin);
  const host = ctx.host?.toLowerCase();
  if (!ctx.demo || !host) return [...origins];
  for (const origin of [...origins]) {
    const url = new URL(origin);
    if (!LOOPBACK_HOSTNAMES.includes(url.hostname)) continue;
    for (const alias of LOOPBACK_HOSTNAMES) {
      const candidate = new URL(origin);
      candidate.hostname = alias;
      if (candidate.host === host) origins.add(candidate.origin);
    }
  }
  return [...origins];
}
