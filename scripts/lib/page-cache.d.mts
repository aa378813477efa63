import type { IncomingMessage, ServerResponse } from "node:http";

export const CACHEABLE_HEADER: string;
export const PAGE_CACHE_REQUEST_HEADER: string;
export const LOCALE_COOKIE: string;
export const LOCALES: string[];
export const CACHE_STATUS_HEADER: string;

export interface PageCacheOptions {
  maxAgeSeconds?: number;
  maxEntries?: number;
  maxBytes?: number;
  sharedMaxAgeSeconds?: number;
  staleWhileRevalidateSeconds?: number;
  maxPageBytes?: number;
  now?: () => number;
}

export interface PageCacheStats {
  hits: number;
  misses: number;
  stored: number;
  notModified: number;
  bypassed: number;
  invalidations: number;
  entries: number;
  bytes: number;
}

export interface PageCache {
  handle(req: IncomingMessage, res: ServerResponse, render: () => unknown): Promise<unknown>;
  invalidate(): void;
  activate(): void;
  deactivate(): void;
  readonly active: boolean;
  readonly generation: number;
  stats(): PageCacheStats;
}

export function cacheKey(req: IncomingMessage): string | null;
export function nonceOf(csp: string): string | null;
export function withHashedScripts(html: string, csp: string): { html: string; csp: string } | null;
export function pickEncoding(acceptEncoding: string | string[] | undefined): "br" | "gzip" | "identity";
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean;
export function createPageCache(options?: PageCacheOptions): PageCache;
