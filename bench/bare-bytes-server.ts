/**
 * For bench/pages.ts only: a bare node:http server that answers each recorded path with the
 * very status, headers and bytes the portal sent for it, and /health with one `SELECT 1`
 * (the one-row floor). No framework: the ceiling any Node server reaches on this machine for
 * the same bytes. Usage: tsx bench/bare-bytes-server.ts <recorded.json> <db-url> <port>
 */
import http from "node:http";
import { readFileSync } from "node:fs";
import pg from "pg";

type Recorded = Record<string, { status: number; headers: Record<string, string>; body: string }>;

const [file, url, port] = process.argv.slice(2);
const recorded = JSON.parse(readFileSync(file!, "utf8")) as Recorded;
const pages = new Map(Object.entries(recorded).map(([path, r]) => [path, { ...r, bytes: Buffer.from(r.body, "base64") }]));
const pool = new pg.Pool({ connectionString: url, max: 16 });
pool.on("error", () => {});
const HEALTH = JSON.stringify({ status: "ok", db: "ok" });

http
  .createServer(async (req, res) => {
    if (req.url === "/health") {
      await pool.query("SELECT 1");
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(HEALTH), "cache-control": "no-store" });
      res.end(HEALTH);
      return;
    }
    const page = pages.get(req.url ?? "");
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(page.status, { ...page.headers, "content-length": page.bytes.length });
    res.end(page.bytes);
  })
  .listen(Number(port), "127.0.0.1", () => console.log("ready"));
