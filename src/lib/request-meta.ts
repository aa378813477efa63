import { isIP } from "node:net";

export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
  userAgent: string | null;
}

/**
 * The client's address: the last X-Forwarded-For hop, the one the nearest proxy
 * appended (Next.js sets the header from the socket when no proxy did). A client
 * talking to Next.js directly could forge it, so production runs behind a
 * reverse proxy (docs/ARCHITECTURE.md); per-account limits hold regardless.
 */
export function clientIp(headers: Headers): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter((h) => isIP(h));
  return hops.at(-1) ?? null;
}

export function requestMeta(headers: Headers): RequestMeta {
  return {
    ip: clientIp(headers),
    requestId: headers.get("x-request-id"),
    userAgent: headers.get("user-agent"),
  };
}
