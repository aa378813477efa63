/**
 * A throwaway database for a test run: a fresh embedded PostgreSQL in a temp
 * directory, or, when DATABASE_URL is set, a new database on that server.
 * Either way it is migrated, seeded with reference data, and removed after.
 */
import pg from "pg";
import { migrate, seed } from "./database";
import { startEmbeddedDb, throwawayDir } from "./embedded-db";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function createOnServer(serverUrl: string, label: string): Promise<TestDatabase> {
  const name = `portal_test_${label}_${process.pid}_${Date.now()}`;
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export async function createTestDatabase(label: string, { demo = false } = {}): Promise<TestDatabase> {
  let db: TestDatabase;
  if (process.env.DATABASE_URL) {
    db = await createOnServer(process.env.DATABASE_URL, label);
  } else {
    const embedded = await startEmbeddedDb({ dataDir: throwawayDir(label), throwaway: true, database: "portal_test" });
    db = { url: embedded.url, drop: () => embedded.stop() };
  }
  try {
    await migrate(db.url);
    await seed(db.url, { demo });
  } catch (error) {
    await db.drop();
    throw error;
  }
  return db;
}
