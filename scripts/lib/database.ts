import path from "node:path";
import cliProgress from "cli-progress";
import { createDbClient } from "../../src/lib/db/create-client";
import { applySeedSteps } from "../../src/lib/db/seed-steps";
import { startEmbeddedDb } from "./embedded-db";
import { prismaOrThrow } from "./prisma-cli";
import { ROOT } from "./root";
import { seedPlan } from "./seed-plan";

export { ROOT };
export const EMBEDDED_DATA_DIR = path.join(ROOT, ".data", "postgres");
export const EMBEDDED_DEFAULT_PORT = 54329;

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL kept in .data/postgres. */
export async function openDatabase(log: (line: string) => void = () => {}): Promise<OpenDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const port = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : EMBEDDED_DEFAULT_PORT;
  const db = await startEmbeddedDb({ dataDir: EMBEDDED_DATA_DIR, port, log });
  return { url: db.url, embedded: true, stop: () => db.stop() };
}

/**
 * Demo data (and, later, demo accounts) only where it cannot be mistaken for
 * real data: on the embedded database outside production, or when DEMO_MODE=true.
 */
export function isDemoMode(embedded: boolean): boolean {
  if (process.env.DEMO_MODE) return process.env.DEMO_MODE === "true";
  return embedded && process.env.NODE_ENV !== "production";
}

export async function migrate(url: string, quiet = true): Promise<void> {
  await prismaOrThrow(["migrate", "deploy"], { DATABASE_URL: url }, quiet);
}

/** Applies pending seed steps with a progress bar for the slow ones; returns what ran. */
export async function seed(url: string, { demo }: { demo: boolean }): Promise<string[]> {
  const client = createDbClient({ url, poolMax: 4 });
  const interactive = Boolean(process.stdout.isTTY) && !process.env.CI;
  let bar: cliProgress.SingleBar | undefined;
  try {
    return await applySeedSteps(client, seedPlan({ demo, url }), {
      onStart: (step) => console.log(`  seeding ${step.name} (${step.kind})…`),
      onProgress: (step, done, total) => {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            { format: `  ${step.name} [{bar}] {percentage}% {value}/{total} rows, ETA {eta}s`, noTTYOutput: !interactive, notTTYSchedule: 5000 },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, 0);
        }
        bar.setTotal(total);
        bar.update(done);
      },
      onDone: (step, detail, ms) => {
        bar?.stop();
        bar = undefined;
        console.log(`  seeded ${step.name} in ${(ms / 1000).toFixed(1)} s ${JSON.stringify(detail)}`);
      },
    });
  } finally {
    await client.$disconnect();
  }
}

/** Drops every object of the public schema: db:reset and test databases start from nothing. */
export async function dropAll(url: string): Promise<void> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}
