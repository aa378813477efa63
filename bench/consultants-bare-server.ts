/**
 * For the roster benchmark only: the search's own statements (counts, page) served by a bare
 * node:http server, no Next.js, no labels — how close any Node server gets to the raw SQL on this
 * machine. Not part of the portal. Usage: tsx --conditions=react-server bench/consultants-bare-server.ts <db-url> <port>
 */
import http from "node:http";
import zlib from "node:zlib";
import pg from "pg";
import { searchParamsToObject } from "../src/lib/api/query";
import { consultantsQuerySchema } from "../src/modules/consultants/schemas";
import { countConsultants } from "../src/modules/consultants/server/facet-counts";
import { pageRows } from "../src/modules/consultants/server/page-query";
import { resolveConsultantQuery } from "../src/modules/consultants/server/resolve-query";
import type { SqlRunner } from "../src/modules/consultants/server/sql-runner";

const [url, port] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 16 });
pool.on("error", () => {});
const run: SqlRunner = async (sql) => (await pool.query(sql.text, sql.values as unknown[])).rows;

http
  .createServer(async (req, res) => {
    const { pathname, searchParams } = new URL(req.url ?? "/", "http://bare");
    if (pathname === "/health") {
      await pool.query("SELECT 1");
      res.end("ok");
      return;
    }
    const parsed = consultantsQuerySchema.safeParse(searchParamsToObject(searchParams));
    if (!parsed.success) {
      res.statusCode = 400;
      res.end();
      return;
    }
    const resolved = resolveConsultantQuery(parsed.data);
    const counts = await countConsultants(resolved.where, run);
    const { rows } = await pageRows(resolved, counts.total, run);
    const body = JSON.stringify({ items: rows, total: counts.total, approximate: counts.approximate, facets: counts.facets });
    res.setHeader("content-type", "application/json");
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      res.setHeader("content-encoding", "gzip");
      res.end(zlib.gzipSync(body));
    } else res.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log("ready"));
