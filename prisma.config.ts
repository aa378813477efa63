import path from "node:path";
import { defineConfig } from "prisma/config";
import { createCliAdapterFactory } from "./scripts/lib/cli-adapter";

// Migrations run on Prisma's Wasm schema engine through the pg driver adapter,
// because the native engines cannot be downloaded on this project's machines.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run Prisma through `npm run prisma` or the db:* scripts");
    return createCliAdapterFactory(url);
  },
});
