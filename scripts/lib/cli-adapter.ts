/**
 * The driver adapter that the Prisma CLI (migrate, db execute) runs on.
 *
 * Prisma 6.19's Wasm schema engine talks to PostgreSQL through @prisma/adapter-pg.
 * Three defects of that path are worked around here, and only here: the app's
 * runtime client (src/lib/db) uses the adapter unchanged.
 *  1. Catalog columns of type `name` (oid 19) and `"char"` (oid 18) cannot be
 *     mapped by the adapter (prisma/orm#27403); their values are plain strings,
 *     so they are reported as text (oid 25).
 *  2. `migrate dev` shadow databases: the adapter lets a connection string
 *     override the shadow's database and drops it while its pool is connected.
 *     We create the shadow ourselves from discrete connection fields and drop
 *     it WITH (FORCE) after closing its pool.
 *  3. `executeScript` splits on every `;`, breaking `$$`-quoted function bodies,
 *     and `executeRaw` sends a whole migration (to the shadow) through the
 *     extended protocol, which refuses several commands. Both send an
 *     unparameterised script as one simple-protocol query instead.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const OID_CHAR = 18;
const OID_NAME = 19;
const OID_TEXT = 25;
// The CLI is short-lived: idle connections should not keep it alive for seconds.
const CLI_POOL = { idleTimeoutMillis: 200, connectionTimeoutMillis: 5_000, max: 4 } as const;

type PgConfig = pg.PoolConfig & { database?: string };

export function connectionFields(url: string): PgConfig {
  const u = new URL(url);
  const schema = u.searchParams.get("schema");
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
}

interface PatchableAdapter {
  performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[] }>;
  executeRaw(query: { sql: string; args: unknown[] }): Promise<number>;
  executeScript(script: string): Promise<void>;
  underlyingDriver(): pg.Pool;
  onError(error: unknown): never;
}

function patchAdapter<T>(adapter: T): T {
  const a = adapter as unknown as PatchableAdapter;
  const performIO = a.performIO.bind(a);
  a.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) {
      if (field.dataTypeID === OID_NAME || field.dataTypeID === OID_CHAR) field.dataTypeID = OID_TEXT;
    }
    return result;
  };
  // The shadow database receives each migration's whole SQL through executeRaw,
  // which the extended protocol refuses as several commands: without parameters,
  // send it as one simple query instead.
  const executeRaw = a.executeRaw.bind(a);
  a.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    try {
      const result = (await a.underlyingDriver().query(query.sql)) as unknown as
        | { rowCount: number | null }
        | { rowCount: number | null }[];
      return [result].flat().reduce((n, r) => n + (r.rowCount ?? 0), 0);
    } catch (error) {
      return a.onError(error);
    }
  };
  a.executeScript = async (script) => {
    try {
      await a.underlyingDriver().query(script);
    } catch (error) {
      a.onError(error);
    }
  };
  return adapter;
}

async function adminQuery(config: PgConfig, sql: string): Promise<void> {
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function createCliAdapterFactory(url: string) {
  const config: PgConfig = { ...connectionFields(url), ...CLI_POOL };
  const factory = new PrismaPg(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patchAdapter(await connect());
  factory.connectToShadowDb = async () => {
    const database = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
    await adminQuery(config, `CREATE DATABASE "${database}"`);
    const shadow = new PrismaPg({ ...config, database });
    const adapter = patchAdapter(await shadow.connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await adminQuery(config, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    };
    return adapter;
  };
  return factory;
}
