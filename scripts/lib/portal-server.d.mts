import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
export interface PortalRequestOptions {
  /** TRUSTED_PROXIES: reverse-proxy hops in front of the app. */
  trustedProxies: number;
  /** The largest request body accepted (MAX_REQUEST_BODY_BYTES). */
  maxBodyBytes: number;
  /** The anonymous page cache (scripts/lib/page-cache.mjs), when on. */
  pageCache?: { handle(req: IncomingMessage, res: ServerResponse, render: () => unknown): unknown } | null;
}

export const CLIENT_IP_HEADER: string;
export const MAX_IMPORT_BYTES: number;
export const MAX_REQUEST_BODY_BYTES: number;
export function normalizeIp(value: string | null | undefined): string | null;
export function clientAddress(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string | null;
export function parseTrustedProxies(raw: string | undefined): number;
export function markClientAddress(req: IncomingMessage, trustedProxies: number): string | null;
export function declaresTooLargeBody(req: IncomingMessage, maxBodyBytes: number): boolean;
export function sendTooLarge(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number): void;
export function portalRequestHandler(handler: Handler, options: PortalRequestOptions): Handler;
export function portalContinueHandler(handler: Handler, options: PortalRequestOptions): Handler;
export function varyOnCookie(req: IncomingMessage, res: ServerResponse): void;
