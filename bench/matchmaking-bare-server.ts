/**
 * For the matchmaking benchmark only: the search's and the suggestions' own statements
 * (bench/matchmaking-statements.ts) behind a bare node:http server, no Next.js, no labels — how
 * close any Node server gets to the raw SQL on this machine. Not part of the portal.
 * Usage: tsx --conditions=react-server bench/matchmaking-bare-server.ts <db-url> <port>
 */
import http from "node:http";
import zlib from "node:zlib";
import pg from "pg";
import { searchStatements, suggestionStatements, type Run } from "./matchmaking-statements";

const [url, port] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 16 });
pool.on("error", () => {});
const run: Run = async (sql) => (await pool.query(sql.text, sql.values as unknown[])).rows;

http
  .createServer(async (req, res) => {
    const { pathname, searchParams } = new URL(req.url ?? "/", "http://bare");
    try {
      if (pathname === "/health") {
        await pool.query("SELECT 1");
        res.end("ok");
        return;
      }
      const body = JSON.stringify(pathname === "/suggest" ? await suggestionStatements(searchParams.get("id") ?? "", run) : await searchStatements(searchParams.toString(), run));
      res.setHeader("content-type", "application/json");
      if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
        res.setHeader("content-encoding", "gzip");
        res.end(zlib.gzipSync(body));
      } else res.end(body);
    } catch {
      res.statusCode = 400;
      res.end();
    }
  })
  .listen(Number(port), "127.0.0.1", () => console.log("ready"));
