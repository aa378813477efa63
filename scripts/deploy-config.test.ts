/**
 * The deployment files, checked without a Docker engine (none on the development machines):
 * docker-compose.yml, Dockerfile, .dockerignore and deploy/nginx.conf, read statically and
 * against the app's own constants; when nginx is installed (`apt-get install nginx-light`),
 * `nginx -t` on the real file, and the real file run in front of a stand-in app.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "../src/lib/request-meta";
import { MAX_REQUEST_BODY_BYTES } from "../src/lib/upload-limits";
import { clientAddress } from "./lib/portal-server.mjs";
import { parseYaml, type Yaml } from "./lib/mini-yaml";
import { ROOT } from "./lib/root";

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
type Obj = { [key: string]: Yaml };
const obj = (v: Yaml | undefined): Obj => (v && typeof v === "object" && !Array.isArray(v) ? v : {});
const list = (v: Yaml | undefined): Yaml[] => (Array.isArray(v) ? v : []);

// ---------------------------------------------------------------- nginx.conf as a tree
interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

function parseNginx(source: string): Directive[] {
  const tokens: string[] = [];
  const re = /#[^\n]*|"((?:[^"\\]|\\.)*)"|'([^']*)'|([{};])|([^\s{};"'#]+)/g;
  for (const m of source.matchAll(re)) {
    if (m[0].startsWith("#")) continue;
    tokens.push(m[1] !== undefined ? `"${m[1]}"` : m[2] !== undefined ? `"${m[2]}"` : m[0]);
  }
  let i = 0;
  const parseBlock = (): Directive[] => {
    const out: Directive[] = [];
    while (i < tokens.length && tokens[i] !== "}") {
      const name = tokens[i++]!;
      const args: string[] = [];
      while (i < tokens.length && tokens[i] !== ";" && tokens[i] !== "{") args.push(tokens[i++]!);
      if (tokens[i] === "{") {
        i++;
        out.push({ name, args, block: parseBlock() });
        if (tokens[i++] !== "}") throw new Error(`unclosed block ${name}`);
      } else {
        if (tokens[i++] !== ";") throw new Error(`directive ${name} without ;`);
        out.push({ name, args });
      }
    }
    return out;
  };
  const tree = parseBlock();
  if (i < tokens.length) throw new Error("unbalanced }");
  return tree;
}
const all = (block: Directive[] | undefined, name: string) => (block ?? []).filter((d) => d.name === name);
const one = (block: Directive[] | undefined, name: string) => {
  const found = all(block, name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};
const unquote = (s: string) => s.replace(/^"(.*)"$/, "$1");
function sizeBytes(value: string): number {
  const m = /^(\d+)([kKmMgG]?)$/.exec(value);
  if (!m) throw new Error(`not an nginx size: ${value}`);
  return Number(m[1]) * ({ "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[m[2]!.toLowerCase()]!;
}

const compose = obj(parseYaml(read("docker-compose.yml")));
const services = obj(compose.services);
const app = obj(services.app);
const appEnv = obj(app.environment);
const proxy = obj(services.proxy);
const nginxConf = read("deploy/nginx.conf");
const http_ = one(parseNginx(nginxConf), "http").block!;
const server = one(http_, "server").block!;
const locations = new Map(all(server, "location").map((l) => [l.args.join(" "), l.block!]));

describe("docker-compose.yml", () => {
  it("requires the secrets instead of starting without them", () => {
    expect(appEnv.NEXTAUTH_SECRET).toMatch(/^\$\{NEXTAUTH_SECRET:\?[^}]+\}$/);
    expect(obj(obj(services.db).environment).POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?[^}]+\}$/);
  });

  it("publishes only the proxy's port", () => {
    for (const [name, service] of Object.entries(services)) if (name !== "proxy") expect(obj(service).ports, name).toBeUndefined();
    const ports = list(proxy.ports).map(String);
    expect(ports).toHaveLength(1);
    const listen = one(server, "listen").args;
    expect(ports[0]!.split(":").at(-1)).toBe(listen[0]);
  });

  it("lets the app run as several replicas: no name, no host port, no disk of its own, one database", () => {
    expect(app.container_name).toBeUndefined();
    expect(app.ports).toBeUndefined();
    expect(app.volumes).toBeUndefined();
    // A DATABASE_URL always: the embedded PostgreSQL (per-replica files) never starts in a container.
    expect(appEnv.DATABASE_URL).toMatch(/^postgresql:\/\/[^@]+@db:5432\//);
    expect(appEnv.NODE_ENV).toBe("production");
  });

  it("trusts exactly the one proxy hop nginx writes", () => {
    expect(String(appEnv.TRUSTED_PROXIES)).toBe("1");
    // nginx overwrites X-Forwarded-For with its peer: one hop, whatever the client sent.
    const xff = all(server, "proxy_set_header").find((d) => d.args[0]!.toLowerCase() === "x-forwarded-for");
    expect(xff?.args[1]).toBe("$remote_addr");
  });

  it("has a health check on every service, and the proxy waits for a healthy app", () => {
    for (const [name, service] of Object.entries(services)) expect(list(obj(obj(service).healthcheck).test).length, name).toBeGreaterThan(1);
    expect(obj(obj(proxy.depends_on).app).condition).toBe("service_healthy");
    expect(obj(obj(app.depends_on).db).condition).toBe("service_healthy");
  });

  it("mounts deploy/nginx.conf into an official nginx image", () => {
    expect(String(proxy.image)).toMatch(/^nginx:/);
    expect(list(proxy.volumes)).toContain("./deploy/nginx.conf:/etc/nginx/nginx.conf:ro");
  });

  it("gives PUBLIC_URL the published port by default", () => {
    const published = /^\$\{PORT:-(\d+)\}:/.exec(String(list(proxy.ports)[0]))?.[1];
    expect(appEnv.PUBLIC_URL).toBe(`\${PUBLIC_URL:-http://localhost:\${PORT:-${published}}}`);
  });
});

describe("Dockerfile and .dockerignore", () => {
  const dockerfile = read("Dockerfile");
  const runtime = dockerfile.split(/^FROM /m).at(-1)!;

  it("runs the portal's own server as the non-root node user, migrations first", () => {
    const user = runtime.indexOf("\nUSER node");
    const cmd = runtime.indexOf("\nCMD ");
    expect(user).toBeGreaterThan(0);
    expect(cmd).toBeGreaterThan(user);
    const command = runtime.slice(cmd);
    expect(command).toMatch(/scripts\/prepare-database\.ts && exec node scripts\/server\.mjs/);
    expect(existsSync(path.join(ROOT, "scripts/prepare-database.ts"))).toBe(true);
    expect(existsSync(path.join(ROOT, "scripts/server.mjs"))).toBe(true);
    expect(dockerfile).not.toMatch(/standalone|server\.js\b/);
  });

  it("has a health check on the app's port, which is the one nginx proxies to", () => {
    expect(runtime).toMatch(/^HEALTHCHECK .*\n\s+CMD wget -qO- http:\/\/127\.0\.0\.1:3000\/api\/health/m);
    expect(runtime).toMatch(/^ENV .*\bPORT=3000\b/m);
    expect(unquote(one(server, "set").args[1]!)).toBe("http://app:3000");
    expect(list(app.expose).map(String)).toEqual(["3000"]);
  });

  it("keeps local builds, data and secrets out of the build context", () => {
    const ignored = read(".dockerignore").split("\n").map((l) => l.trim());
    for (const entry of ["node_modules", ".next", ".next-*", ".data", ".env", ".env.*"]) expect(ignored, entry).toContain(entry);
  });
});

describe("deploy/nginx.conf", () => {
  it("accepts bodies up to the app's limit (the import file + multipart room), no more", () => {
    expect(sizeBytes(one(http_, "client_max_body_size").args[0]!)).toBe(MAX_REQUEST_BODY_BYTES);
  });

  it("sets the forwarding headers and drops the app's internal client-address header", () => {
    const set = new Map(all(server, "proxy_set_header").map((d) => [d.args[0]!.toLowerCase(), d.args[1]]));
    expect(set.get("x-forwarded-proto")).toBe("$scheme");
    expect(set.get("host")).toBe("$http_host");
    expect(set.get(CLIENT_IP_HEADER)).toBe('""');
    for (const [, block] of locations) for (const pass of all(block, "proxy_pass")) expect(pass.args).toEqual(["$portal"]);
  });

  it("serves Next.js's build assets as immutable, from its cache, successful answers only", () => {
    const statics = locations.get("/_next/static/");
    expect(statics).toBeDefined();
    const cacheControl = all(statics, "add_header").find((d) => d.args[0] === "Cache-Control");
    expect(cacheControl?.args.slice(1)).toEqual(['"public, max-age=31536000, immutable"']);
    expect(one(statics, "proxy_cache").args[0]).toBe(one(http_, "proxy_cache_path").args.find((a) => a.startsWith("keys_zone="))!.split(/[=:]/)[1]);
    expect(all(statics, "proxy_cache_valid").map((d) => d.args[0])).toEqual(["200"]);
  });

  it("compresses text, but not the import's streamed progress", () => {
    expect(one(http_, "gzip").args).toEqual(["on"]);
    const types = one(http_, "gzip_types").args;
    for (const t of ["text/css", "application/javascript", "application/json", "image/svg+xml"]) expect(types).toContain(t);
    expect(types).not.toContain("application/x-ndjson");
    expect(one(locations.get("= /api/v1/activities/import"), "proxy_buffering").args).toEqual(["off"]);
  });
});

// ---------------------------------------------------------------- with a real nginx
const nginx = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "nginx"].find((bin) => !spawnSync(bin, ["-v"]).error);

describe.skipIf(!nginx)("deploy/nginx.conf in a real nginx", () => {
  it("passes nginx -t", () => {
    // stdout: where access_log /dev/stdout goes (a socket in some test runners, which nginx cannot open).
    const result = spawnSync(nginx!, ["-t", "-e", "stderr", "-c", path.join(ROOT, "deploy/nginx.conf")], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
    expect(result.stderr).toContain("test is successful");
    expect(result.status).toBe(0);
  });

  let dir = "";
  let proc: ChildProcess | undefined;
  let upstream: http.Server | undefined;
  let base = "";
  let staticHits = 0;
  const CHUNK = "console.log('chunk');\n".repeat(200);

  const freePort = () =>
    new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => resolve(port));
      });
    });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "portal-nginx-"));
    await chmod(dir, 0o755); // nginx's workers run as another user
    upstream = http.createServer((req, res) => {
      if (req.url === "/_next/static/chunk.js") {
        // Like Next.js: compressed when the request accepts it.
        staticHits++;
        const gzip = /gzip/.test(String(req.headers["accept-encoding"] ?? ""));
        res.writeHead(200, { "content-type": "application/javascript", "cache-control": "public, max-age=0", vary: "Accept-Encoding", ...(gzip ? { "content-encoding": "gzip" } : {}) });
        return res.end(gzip ? gzipSync(CHUNK) : CHUNK);
      }
      if (req.url?.startsWith("/_next/static/")) return res.writeHead(404).end();
      if (req.url === "/style.css") return res.writeHead(200, { "content-type": "text/css" }).end("a{}".repeat(2000));
      if (req.url === "/progress") return res.writeHead(200, { "content-type": "application/x-ndjson" }).end('{"n":1}\n'.repeat(500));
      let size = 0;
      req.on("data", (c: Buffer) => (size += c.length));
      req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ headers: req.headers, size, peer: req.socket.remoteAddress })));
    });
    await new Promise<void>((resolve) => upstream!.listen(0, "127.0.0.1", resolve));
    const upstreamPort = (upstream.address() as AddressInfo).port;
    const port = await freePort();
    // The real file; only where it listens, where the app is, and where files go differ.
    const conf = nginxConf
      .replace("listen 80;", `listen 127.0.0.1:${port};`)
      .replace("set $portal http://app:3000;", `set $portal http://127.0.0.1:${upstreamPort};`)
      .replace("proxy_cache_path /tmp/nginx-portal-static", `proxy_cache_path ${dir}/static`)
      .replace("http {", `http {\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;`);
    expect(conf).toContain(`127.0.0.1:${upstreamPort}`);
    await writeFile(path.join(dir, "nginx.conf"), conf);
    proc = spawn(nginx!, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", "stderr", "-g", `daemon off; pid ${dir}/nginx.pid;`], { stdio: "ignore" });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if ((await get("/nginx-health").catch(() => null))?.status === 200) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("nginx did not start");
  }, 20_000);

  afterAll(async () => {
    if (proc && proc.exitCode === null) {
      proc.kill("SIGQUIT");
      await new Promise((r) => proc!.once("exit", r));
    }
    await new Promise((r) => (upstream ? upstream.close(r) : r(undefined)));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  function get(pathname: string, { headers = {}, body }: { headers?: Record<string, string>; body?: Buffer } = {}) {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
      const req = http.request(`${base}${pathname}`, { method: body ? "POST" : "GET", headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("latin1") }));
      });
      req.on("error", reject);
      req.end(body);
    });
  }

  it("hands the app one X-Forwarded-For hop, the real peer, whatever the client sent", async () => {
    const res = await get("/echo", { headers: { "x-forwarded-for": "6.6.6.6", [CLIENT_IP_HEADER]: "6.6.6.6", host: "portal.example:8443" } });
    const seen = JSON.parse(res.text) as { headers: http.IncomingHttpHeaders; peer: string };
    expect(seen.headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen.headers[CLIENT_IP_HEADER]).toBeUndefined();
    expect(seen.headers.host).toBe("portal.example:8443");
    expect(seen.headers["x-forwarded-proto"]).toBe("http");
    // …which the app's server, trusting one hop, turns into the client's address.
    expect(clientAddress(seen.peer, seen.headers["x-forwarded-for"], 1)).toBe("127.0.0.1");
  });

  it("marks static assets immutable and serves them from its cache, compressed only for those who accept it", async () => {
    const first = await get("/_next/static/chunk.js", { headers: { "accept-encoding": "gzip" } });
    const second = await get("/_next/static/chunk.js");
    expect(first.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(second.headers["x-cache-status"]).toBe("HIT");
    expect(second.headers["content-encoding"]).toBeUndefined();
    expect(second.text).toBe(CHUNK);
    expect(staticHits).toBe(1);
    const missing = await get("/_next/static/missing.js");
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toBeUndefined();
  });

  it("compresses text and leaves streamed progress alone", async () => {
    expect((await get("/style.css", { headers: { "accept-encoding": "gzip" } })).headers["content-encoding"]).toBe("gzip");
    expect((await get("/progress", { headers: { "accept-encoding": "gzip" } })).headers["content-encoding"]).toBeUndefined();
  });

  it("passes a body at the limit and refuses one byte more with 413", async () => {
    const at = await get("/upload", { body: Buffer.alloc(MAX_REQUEST_BODY_BYTES) });
    expect(JSON.parse(at.text).size).toBe(MAX_REQUEST_BODY_BYTES);
    expect((await get("/upload", { body: Buffer.alloc(MAX_REQUEST_BODY_BYTES + 1) })).status).toBe(413);
  }, 20_000);
});
