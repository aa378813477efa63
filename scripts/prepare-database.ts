/**
 * The Docker image's start step before the server: apply migrations and seed steps on
 * DATABASE_URL, one app container at a time. With `docker compose up --scale app=3` every
 * replica starts at once; a PostgreSQL advisory lock (held by this connection, so released
 * if the process dies) makes the others wait, after which they find nothing left to do.
 *
 *   node --import tsx --conditions=react-server scripts/prepare-database.ts
 */
import pg from "pg";
import { isDemoMode, migrate, seed } from "./lib/database";

/** Any constant shared by every replica; Prisma's own migrate lock uses another key. */
const LOCK_KEY = 0x504f5254; // "PORT" in ASCII

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("✖ DATABASE_URL is required (the container never starts an embedded PostgreSQL)");
  process.exit(1);
}

const started = performance.now();
const lock = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
try {
  await lock.connect();
  await lock.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
  await migrate(url, false);
  const ran = await seed(url, { demo: isDemoMode(false) });
  console.log(`▸ Database ready in ${((performance.now() - started) / 1000).toFixed(1)} s (${ran.length ? `seeded ${ran.join(", ")}` : "nothing to seed"})`);
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await lock.end().catch(() => {});
}
