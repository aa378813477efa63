import { isIP } from "node:net";

export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
  userAgent: string | null;
}

/**
 * The header our production server (scripts/server.mjs) sets to the client's address,
 * computed from the socket's peer and TRUSTED_PROXIES hops of X-Forwarded-For
 * (scripts/lib/portal-server.mjs). It deletes any copy a client sent first, so inside the
 * app it is the only trustworthy source: X-Forwarded-For reaches route handlers with
 * whatever a client put in it.
 */
export const CLIENT_IP_HEADER = "x-portal-client-ip";

/**
 * The client's address as our server computed it (CLIENT_IP_HEADER). Without that
 * server in front (route handlers called directly by the integration tests, or a bare
 * `next start`) there is no such header and the address is null: rate limits then share
 * one "unknown" bucket instead of trusting a header a client can write. Tests that need
 * an address set CLIENT_IP_HEADER themselves.
 */
export function clientIp(headers: Headers): string | null {
  const ip = headers.get(CLIENT_IP_HEADER)?.trim();
  return ip && isIP(ip) ? ip : null;
}

export function requestMeta(headers: Headers): RequestMeta {
  return {
    ip: clientIp(headers),
    requestId: headers.get("x-request-id"),
    userAgent: headers.get("user-agent"),
  };
}
